import CSystemCalls
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

  /// Writes bytes made in memory: `Data`, or UTF-8 from ``JSONValue/serializedUTF8(pretty:)``.
  public static func write(_ bytes: some ContiguousBytes, to path: String) throws(WriteError) {
    // Through a `Result`, because `withUnsafeBytes` rethrows an untyped error.
    try bytes.withUnsafeBytes { buffer in Result { () throws(WriteError) in try write(buffer, to: path) } }.get()
  }

  /// Writes `bytes` with one `open`, as few `write`s as the kernel allows, and a `rename`: the
  /// annotation cache writes two files per document, and Foundation's file calls make several times
  /// the system calls (a folder check, a temporary file of their own, attribute look-ups).
  static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws(WriteError) {
    try write([bytes], to: path)
  }

  /// Writes `pieces` one after the other as one file, as ``write(_:to:)-(UnsafeRawBufferPointer,_)`` writes one piece.
  static func write(_ pieces: [UnsafeRawBufferPointer], to path: String) throws(WriteError) {
    let temporary = temporaryPath(for: path)
    var descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    // The folder is made only when it is missing, rather than checked before every file.
    if descriptor < 0 && errno == ENOENT {
      try createFolder(for: path)
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    }
    guard descriptor >= 0 else { throw WriteError(path: path, reason: "cannot create \(temporary)") }
    if let error = pieces.lazy.compactMap({ writeAll($0, to: descriptor) }).first {
      close(descriptor)
      unlink(temporary)
      throw WriteError(path: path, reason: String(cString: strerror(error)))
    }
    guard close(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw WriteError(path: path, reason: reason)
    }
    try move(temporary, to: path)
  }

  /// Writes `bytes` as a file that should not be there yet, straight under its name: a file that
  /// `open` makes with `O_EXCL` has no other name, so no reader sees it part-written, and the
  /// annotation cache saves a rename a document. A file already there (left by a killed writer, or
  /// still linked from elsewhere) is replaced as ``write(_:to:)-(some ContiguousBytes,_)`` replaces one.
  static func writeNew(_ bytes: [UInt8], to path: String) throws(WriteError) {
    var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    if descriptor < 0 && errno == ENOENT {
      try createFolder(for: path)
      descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    }
    guard descriptor >= 0 else {
      guard errno == EEXIST else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
      return try write(bytes, to: path)
    }
    let writeFailure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    let closeFailure = close(descriptor) == 0 ? nil : errno
    if let failure = writeFailure ?? closeFailure {
      unlink(path)
      throw WriteError(path: path, reason: String(cString: strerror(failure)))
    }
  }

  /// Writes every byte to `descriptor`, in as many `write`s as the kernel takes; nil, or the `errno` of a failure.
  static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    var written = 0
    while written < bytes.count {
      let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { return result < 0 ? errno : EIO }
      written += result
    }
    return nil
  }

  /// Writes a file too large to hold in memory whole: `body` appends to it through a buffered writer.
  static func write(to path: String, streaming body: (TextFileWriter) throws -> Void) throws {
    try createFolder(for: path)
    let temporary = temporaryPath(for: path)
    let writer = try TextFileWriter(creating: URL(fileURLWithPath: temporary, isDirectory: false))
    do {
      try body(writer)
      try writer.close()
    } catch {
      unlink(temporary)
      throw error
    }
    try move(temporary, to: path)
  }

  /// `.name.tmp-<pid>` beside `path`. Made from the string: a `URL` made from a path asks the file
  /// system whether it names a folder, and the annotation cache writes a file per document. A writer
  /// that fills one over time (a fragment pack) puts it in place with ``move(_:to:)``.
  static func temporaryPath(for path: String) -> String {
    let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
    return path[..<slash] + "." + path[slash...] + ".tmp-" + processIdentifier
  }

  private static let processIdentifier = String(ProcessInfo.processInfo.processIdentifier)

  private static func createFolder(for path: String) throws(WriteError) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: path, reason: "cannot create folder \(folder.path)")
    }
  }

  /// Renames `temporary` over `path`; on failure the temporary file is removed.
  static func move(_ temporary: String, to path: String) throws(WriteError) {
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw WriteError(path: path, reason: reason)
    }
  }

  /// Puts the file at `staged` in place of the one at `target`, in one step that a reader of `target`
  /// never sees half done, and leaves the old file, if there was one, at `aside` (a free name).
  ///
  /// The two files are exchanged and the old one is then renamed aside, rather than the new one renamed
  /// over the old: ext4 (with its default `auto_da_alloc`) writes a file renamed over another out to disk
  /// before the rename returns, 10 ms of an incremental run's 50 for a 24 MB graph, to keep the new data
  /// across a crash of the machine. No output of a run survives one anyway (none is synced), and a file
  /// replaced is now written out later, as a new one is. Where files cannot be exchanged, a second link
  /// keeps the old one at `aside` and the new one is renamed over it.
  static func replace(_ target: String, with staged: String, keepingOldAt aside: String) throws(WriteError) {
    if claimgraph_exchange(staged, target) == 0 {
      guard rename(staged, aside) == 0 else { throw WriteError(path: aside, reason: String(cString: strerror(errno))) }
      return
    }
    if errno != ENOENT { _ = link(target, aside) }
    guard rename(staged, target) == 0 else { throw WriteError(path: target, reason: String(cString: strerror(errno))) }
  }

  public static func write(_ text: String, to path: String) throws(WriteError) {
    var text = text
    try text.withUTF8 { bytes in Result { () throws(WriteError) in try write(UnsafeRawBufferPointer(bytes), to: path) } }.get()
  }
}
