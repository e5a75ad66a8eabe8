import Foundation

/// Appends text to a new file through a buffer, so that an export of millions
/// of lines makes a few large writes rather than millions of small ones.
final class TextFileWriter {
  private let handle: FileHandle
  private let path: String
  private var buffer = ""
  private var failure: Error?

  init(creating url: URL) throws(AtomicFile.WriteError) {
    path = url.path
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
      throw AtomicFile.WriteError(path: path, reason: "cannot create the file")
    }
    self.handle = handle
  }

  func write(_ text: String) throws {
    buffer += text
    if buffer.utf8.count >= 1 << 20 { try flush() }
  }

  func writeLine(_ line: String) throws { try write(line + "\n") }

  /// Like ``write(_:)`` for a caller that cannot throw: the first failure is kept and thrown by ``close()``.
  func append(_ text: String) {
    guard failure == nil else { return }
    do { try write(text) } catch { failure = error }
  }

  func close() throws {
    if let failure { throw failure }
    try flush()
    try handle.close()
  }

  private func flush() throws {
    guard !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: Data(buffer.utf8))
    } catch {
      throw AtomicFile.WriteError(path: path, reason: error.localizedDescription)
    }
    buffer = ""
  }
}
