import Foundation

/// Writes a file so that readers see either the old contents or the new,
/// never a part: the bytes go to a temporary file in the same folder, which
/// is then renamed over the target.
public enum AtomicFile {
  public struct WriteError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): cannot write (\(reason))" }
  }

  public static func write(_ data: Data, to path: String) throws(WriteError) {
    let temporary = try temporaryFile(for: path)
    guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
      throw WriteError(path: path, reason: "cannot create \(temporary.path)")
    }
    try move(temporary, to: path)
  }

  /// Writes a file too large to hold in memory whole: `body` appends to it through a buffered writer.
  static func write(to path: String, streaming body: (TextFileWriter) throws -> Void) throws {
    let temporary = try temporaryFile(for: path)
    let writer = try TextFileWriter(creating: temporary)
    do {
      try body(writer)
      try writer.close()
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    try move(temporary, to: path)
  }

  /// `.name.tmp-<pid>` beside `path`, its folder created.
  private static func temporaryFile(for path: String) throws(WriteError) -> URL {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: path, reason: "cannot create folder \(folder.path)")
    }
    return folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
  }

  private static func move(_ temporary: URL, to path: String) throws(WriteError) {
    guard rename(temporary.path, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw WriteError(path: path, reason: reason)
    }
  }

  public static func write(_ text: String, to path: String) throws(WriteError) {
    try write(Data(text.utf8), to: path)
  }
}
