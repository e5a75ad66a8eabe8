import Foundation

/// A pack of the annotation cache (see ``FragmentPacks``), open for reading
/// entries at their offsets: one `pread` an entry, from any thread, where a
/// file an entry cost an `open`, an `fstat` and a `close` more.
///
/// Read into the reader's own buffer rather than mapped: the pages of a
/// mapping that a run reads whole stay in its resident memory, which would
/// then grow with the corpus.
final class PackFile: @unchecked Sendable {
  private let descriptor: Int32
  let path: String
  let size: Int

  /// Nil when the file is missing, unreadable or not a regular file.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    self.path = path
    size = Int(status.st_size)
  }

  deinit { close(descriptor) }

  /// Hands `body` the `length` bytes at `offset`, read into `buffer` (which grows as needed and is kept
  /// for the next read); nil when they cannot all be read.
  func withBytes<Result>(at offset: Int, length: Int, readingInto buffer: inout [UInt8],
                         _ body: (UnsafeBufferPointer<UInt8>) throws -> Result?) rethrows -> Result? {
    if buffer.count < length { buffer = [UInt8](repeating: 0, count: max(length, buffer.count * 2)) }
    return try buffer.withUnsafeMutableBufferPointer { storage -> Result? in
      var filled = 0
      while filled < length {
        let count = pread(descriptor, storage.baseAddress! + filled, length - filled, off_t(offset + filled))
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return nil }
        filled += count
      }
      return try body(UnsafeBufferPointer(rebasing: storage[..<length]))
    }
  }
}
