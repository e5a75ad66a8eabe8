import Foundation

/// Reads a whole regular file with one `open`, one `fstat` and as few
/// `read`s as its size allows.
///
/// A run reads every document; Foundation's readers add a `stat`, extended-attribute and
/// path look-ups of their own, about twenty system calls a document.
enum FileBytes {
  enum Outcome {
    /// The bytes, and the file's stamp as it was when they were read.
    case bytes(Data, FileStamp)
    /// Larger than the limit; the file was not read.
    case tooLarge(size: Int)
    case empty
    /// A named pipe, device or socket, which is not waited on.
    case notARegularFile
    /// Missing, or not readable: the file system says why (see ``CorpusRunner/unreadableReason(_:)``).
    case unreadable
  }

  static func read(_ path: String, maxBytes: Int = .max) -> Outcome {
    // Non-blocking, so that opening a named pipe returns at once; it makes no difference to a regular file.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .unreadable }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .unreadable }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return .unreadable
    default: return .notARegularFile
    }
    let size = Int(status.st_size)
    if size > maxBytes { return .tooLarge(size: size) }
    if size == 0 { return .empty }
    // Read into memory the `Data` then owns: `Data(count:)` would first fill every byte with zeros.
    guard let buffer = malloc(size) else { return .unreadable }
    let filled = readAll(descriptor, into: buffer, count: size)
    guard let filled, filled > 0 else {
      free(buffer)
      return filled == nil ? .unreadable : .empty
    }
    return .bytes(Data(bytesNoCopy: buffer, count: filled, deallocator: .free), FileStamp(status))
  }

  /// Reads up to `count` bytes of the file open as `descriptor` into `destination`, in as many `read`s
  /// as it takes: how many there were, or nil when reading failed. A file cut short while it was read
  /// gives what it had; one that grew is read as it was when its size was taken.
  private static func readAll(_ descriptor: Int32, into destination: UnsafeMutableRawPointer, count: Int) -> Int? {
    var filled = 0
    while filled < count {
      let result = Glibc.read(descriptor, destination + filled, count - filled)
      if result < 0 && errno == EINTR { continue }
      if result < 0 { return nil }
      if result == 0 { break }
      filled += result
    }
    return filled
  }

  struct ReadError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): cannot read (\(reason))" }
  }

  /// Hands `body` the file's bytes a chunk at a time, each of up to `chunkSize` bytes: one `read` each,
  /// where `FileHandle` reads a page at a time whatever count it is asked for.
  static func forEachChunk(of path: String, chunkSize: Int = 1 << 20, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw ReadError(path: path, reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
    defer { buffer.deallocate() }
    while true {
      let count = Glibc.read(descriptor, buffer.baseAddress!, chunkSize)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw ReadError(path: path, reason: String(cString: strerror(errno))) }
      if count == 0 { return }
      try body(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
  }
}
