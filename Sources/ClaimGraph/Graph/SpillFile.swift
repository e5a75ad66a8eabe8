import Foundation

/// One of the graph builder's spill files, written through a buffer: each
/// document adds a few kilobytes to each file, and a system call apiece cost
/// the collecting thread more than the copying does.
final class SpillFile {
  let url: URL
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private static let bufferSize = 1 << 20

  init(_ url: URL) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw AtomicFile.WriteError(path: url.path, reason: "cannot create the graph's spill file")
    }
    self.url = url
    handle = try FileHandle(forWritingTo: url)
    buffer.reserveCapacity(Self.bufferSize)
  }

  deinit { try? handle.close() }

  func append(_ bytes: some Collection<UInt8>) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.bufferSize { flush() }
  }

  /// Writes out what is buffered, so that a reader of the file sees everything appended.
  func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
