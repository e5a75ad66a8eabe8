import Foundation

/// Appends text to a new file through a buffer, so that an export of millions
/// of lines makes a few large writes rather than millions of small ones. The
/// graph builder's spill files are written so too: each document adds a few
/// kilobytes to each, and a system call apiece cost more than the copying.
final class TextFileWriter {
  let url: URL
  private let handle: FileHandle
  private let path: String
  private var buffer: [UInt8] = []
  private var failure: Error?

  init(creating url: URL) throws(AtomicFile.WriteError) {
    self.url = url
    path = url.path
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
      throw AtomicFile.WriteError(path: path, reason: "cannot create the file")
    }
    self.handle = handle
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { try flush() }
  }

  func writeLine(_ line: String) throws { try write(line + "\n") }

  /// Appends UTF-8 bytes for a caller that cannot throw: the first failure is kept and thrown by ``flush()`` or ``close()``.
  func append(bytes: some Collection<UInt8>) {
    guard failure == nil else { return }
    buffer.append(contentsOf: bytes)
    guard buffer.count >= 1 << 20 else { return }
    do { try flush() } catch { failure = error }
  }

  func close() throws {
    try flush()
    try handle.close()
  }

  /// Writes out what is buffered, so that a reader of the file sees everything appended; throws the
  /// first failure, of this write or of an earlier ``append(bytes:)``.
  func flush() throws {
    if let failure { throw failure }
    guard !buffer.isEmpty else { return }
    // Straight from the buffer's storage: `FileHandle` wants a `Data`, a copy of every megabyte.
    let descriptor = handle.fileDescriptor
    if let error = buffer.withUnsafeBytes({ AtomicFile.writeAll($0, to: descriptor) }) {
      throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(error)))
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
