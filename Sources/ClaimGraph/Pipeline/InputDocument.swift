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
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
      if isDirectory.boolValue {
        files += textFiles(under: path)
      } else {
        files.append(path)
      }
    }
    var seen = Set<String>()
    files = files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    guard !files.isEmpty else { throw .noDocuments(paths) }
    let stems = files.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
    var counts: [String: Int] = [:]
    for stem in stems { counts[stem, default: 0] += 1 }
    return zip(files, stems).map { file, stem in
      guard counts[stem]! > 1 else { return InputDocument(path: file, id: stem) }
      let unique = URL(fileURLWithPath: file).deletingPathExtension().relativePath
        .split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "__")
      return InputDocument(path: file, id: unique)
    }
  }

  private static func textFiles(under folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: folder), includingPropertiesForKeys: nil,
                                                      options: [.skipsHiddenFiles]) else { return [] }
    var found: [String] = []
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    let walked = URL(fileURLWithPath: folder).path + "/"
    for case let url as URL in walker where url.pathExtension.lowercased() == "txt" {
      let path = url.path
      // Symbolic links are listed too, even broken ones, so that they end as skipped with a reason, not silently.
      // One `lstat`, which is how `resourceValues` tells regular files and links, but without its several hundred thousand instructions a file.
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG || status.st_mode & S_IFMT == S_IFLNK else { continue }
      let relative = path.hasPrefix(walked) ? String(path.dropFirst(walked.count)) : url.lastPathComponent
      found.append(base + relative)
    }
    return found.sorted()
  }
}
