import Foundation

/// Appends text to a new file through a buffer, so that an export of millions
/// of lines makes a few large writes rather than millions of small ones. The
/// graph builder's spill files are written so too: each document adds a few
/// kilobytes to each, and a system call apiece cost more than the copying.
///
/// A full buffer is written on another thread while the caller fills the
/// next one: the kernel's copy of each megabyte took as long as making it.
final class TextFileWriter: @unchecked Sendable {
  let url: URL
  private let handle: FileHandle
  // The caller's: what it appends, and the first failure of a call that cannot throw.
  private var buffer: [UInt8] = []
  private var failure: Error?
  // The write in progress: its bytes and how it failed. They pass back to the
  // caller once `written` says the write is over, and are touched only then.
  private var inFlight: [UInt8] = []
  private var writeError: Int32?
  private let written = DispatchGroup()
  private let writer = DispatchQueue(label: "ClaimGraph.TextFileWriter")
  private static let bufferSize = 1 << 20
  /// Room for a full buffer and the line that fills it, allocated once (a page is touched only when
  /// written): growing a buffer by doubling copied each megabyte twice more, and faulted in twice the pages.
  private static let bufferRoom = bufferSize + bufferSize / 8

  init(creating url: URL) throws(AtomicFile.WriteError) {
    self.url = url
    guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
      throw AtomicFile.WriteError(path: url.path, reason: "cannot create the file")
    }
    self.handle = handle
    buffer.reserveCapacity(Self.bufferRoom)
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.bufferSize { try startWriting() }
  }

  func writeLine(_ line: String) throws { try write(line + "\n") }

  /// Appends UTF-8 bytes for a caller that cannot throw: the first failure is kept and thrown by ``flush()`` or ``close()``.
  func append(bytes: some Collection<UInt8>) {
    append { $0.append(contentsOf: bytes) }
  }

  /// Writes out what is buffered and closes the file; it is closed even when the write fails.
  func close() throws {
    do {
      try flush()
    } catch {
      try? handle.close()
      throw error
    }
    try handle.close()
  }

  /// Writes out what is buffered and waits for it, so that a reader of the file sees everything
  /// appended; throws the first failure, of this write or of an earlier one.
  func flush() throws {
    if let failure { throw failure }
    try startWriting()
    written.wait()
    try throwWriteError()
  }

  /// Hands the buffer to the writer thread, once the write before it is over: memory holds two
  /// buffers at most, which swap roles, so no megabyte is allocated anew.
  private func startWriting() throws {
    written.wait()
    try throwWriteError()
    guard !buffer.isEmpty else { return }
    swap(&buffer, &inFlight)
    buffer.removeAll(keepingCapacity: true)
    if buffer.capacity < Self.bufferSize { buffer.reserveCapacity(Self.bufferRoom) }
    let descriptor = handle.fileDescriptor
    written.enter()
    writer.async {
      // Straight from the buffer's storage: `FileHandle` wants a `Data`, a copy of every megabyte.
      self.writeError = self.inFlight.withUnsafeBytes { AtomicFile.writeAll($0, to: descriptor) }
      self.written.leave()
    }
  }

  private func throwWriteError() throws(AtomicFile.WriteError) {
    if let writeError { throw AtomicFile.WriteError(path: url.path, reason: String(cString: strerror(writeError))) }
  }
}

extension TextFileWriter: ByteSink {
  /// Lets `write` append to the buffer in place, for a caller that cannot throw: the first failure is
  /// kept and thrown by ``flush()`` or ``close()``.
  func append(_ write: (inout [UInt8]) -> Void) {
    guard failure == nil else { return }
    write(&buffer)
    guard buffer.count >= Self.bufferSize else { return }
    do { try startWriting() } catch { failure = error }
  }
}
