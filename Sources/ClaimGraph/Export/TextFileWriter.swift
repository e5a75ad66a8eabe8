import Foundation

/// Appends text to a new file through a buffer, so that an export of millions
/// of lines makes a few large writes rather than millions of small ones.
final class TextFileWriter {
  private let handle: FileHandle
  private let path: String
  private var buffer: [UInt8] = []
  private var failure: Error?

  init(creating url: URL) throws(AtomicFile.WriteError) {
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

  /// Appends UTF-8 bytes for a caller that cannot throw: the first failure is kept and thrown by ``close()``.
  func append(bytes: [UInt8]) {
    guard failure == nil else { return }
    buffer.append(contentsOf: bytes)
    guard buffer.count >= 1 << 20 else { return }
    do { try flush() } catch { failure = error }
  }

  func close() throws {
    if let failure { throw failure }
    try flush()
    try handle.close()
  }

  private func flush() throws {
    guard !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: Data(buffer))
    } catch {
      throw AtomicFile.WriteError(path: path, reason: error.localizedDescription)
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
