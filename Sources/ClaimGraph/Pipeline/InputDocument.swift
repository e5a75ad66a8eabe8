import Foundation

/// One input file: where it is and the document id it gets.
public struct InputDocument: Sendable, Equatable {
  public let path: String
  public let id: String

  public init(path: String, id: String) {
    self.path = path
    self.id = id
  }
}

/// Problems with the inputs named on the command line.
public enum InputError: Error, Equatable, CustomStringConvertible {
  case notFound(String)
  case noDocuments([String])

  public var description: String {
    switch self {
    case .notFound(let path): return "\(path): no such file or folder"
    case .noDocuments(let paths): return "no .txt documents found in \(paths.joined(separator: ", "))"
    }
  }
}

extension InputDocument {
  /// The `.txt` files named by `paths` (files, or folders searched
  /// recursively), in path order. Ids are file stems; stems that occur more
  /// than once take their folder path too, so no output overwrites another.
  public static func collect(_ paths: [String]) throws(InputError) -> [InputDocument] {
    let manager = FileManager.default
    var files: [(path: String, standardized: String, stem: String)] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
      let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
      if isDirectory.boolValue {
        // A walked path adds names with no `.` or `..` to its folder's, so the folder is standardised once.
        let base = path.hasSuffix("/") ? path : path + "/"
        let standardizedBase = standardized.hasSuffix("/") ? standardized : standardized + "/"
        files += textFiles(under: base).map { (base + $0.relative, standardizedBase + $0.relative, $0.stem) }
      } else {
        files.append((path, standardized, URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent))
      }
    }
    var seen = Set<String>()
    files = files.filter { seen.insert($0.standardized).inserted }
    guard !files.isEmpty else { throw .noDocuments(paths) }
    var counts: [String: Int] = [:]
    for file in files { counts[file.stem, default: 0] += 1 }
    return files.map { file in
      guard counts[file.stem]! > 1 else { return InputDocument(path: file.path, id: file.stem) }
      let unique = URL(fileURLWithPath: file.path).deletingPathExtension().relativePath
        .split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "__")
      return InputDocument(path: file.path, id: unique)
    }
  }

  /// The `.txt` files under `folder` (a path ending in `/`), by their paths
  /// relative to it, in path order, with their stems. Hidden files and
  /// folders are left out, and links to folders are not followed.
  ///
  /// Read with `opendir`, whose entries say their type: a run of a large
  /// corpus waits for its listing, and Foundation's enumerator made a `URL`
  /// and looked up its attributes for every file.
  private static func textFiles(under folder: String) -> [(relative: String, stem: String)] {
    var found: [(relative: String, stem: String)] = []
    var pending = [""]
    while let relativeFolder = pending.popLast() {
      guard let directory = opendir(folder + relativeFolder) else { continue }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = entry.name
        guard !name.hasPrefix(".") else { continue }
        let relative = relativeFolder + name
        switch fileType(entry.pointee.d_type, at: folder + relative) {
        case Int32(S_IFDIR): pending.append(relative + "/")
        // Symbolic links are listed too, even broken ones, so that they end as skipped with a reason, not silently.
        case Int32(S_IFREG), Int32(S_IFLNK):
          if let stem = textStem(of: name) { found.append((relative, stem)) }
        default: continue
        }
      }
    }
    return found.sorted { $0.relative < $1.relative }
  }

  /// The entry's type as `lstat` gives it (`S_IFDIR`, `S_IFREG`, …), asking only when `readdir` does not say.
  private static func fileType(_ type: UInt8, at path: String) -> Int32 {
    switch Int32(type) {
    case Int32(DT_DIR): return Int32(S_IFDIR)
    case Int32(DT_REG): return Int32(S_IFREG)
    case Int32(DT_LNK): return Int32(S_IFLNK)
    case Int32(DT_UNKNOWN):
      var status = stat()
      return lstat(path, &status) == 0 ? Int32(status.st_mode & S_IFMT) : 0
    default: return 0
    }
  }

  /// `name` without its extension, when that is `txt` in any case.
  private static func textStem(of name: String) -> String? {
    guard let dot = name.lastIndex(of: "."), dot > name.startIndex, name[name.index(after: dot)...].lowercased() == "txt" else { return nil }
    return String(name[..<dot])
  }
}
