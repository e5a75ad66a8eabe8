import Foundation

/// Puts a ``Site`` on disk all at once: the files go into a temporary folder
/// beside the target, which is then renamed into place, so a reader never
/// sees a half-written site and an interrupted run leaves the old one.
public enum SiteWriter {
  /// Writes `site` into `folder`, replacing an earlier site there.
  ///
  /// - Throws: ``AtomicFile/WriteError`` when a file cannot be written, or when `folder`
  ///   exists and is not empty and not a ClaimGraph site (it is never replaced then).
  /// - Returns: the site's warnings (see ``Site/forEachFile(_:)``).
  @discardableResult
  public static func write(_ site: Site, to folder: String) throws(AtomicFile.WriteError) -> [String] {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    try checkReplaceable(target)
    let staged = try AtomicFolder(replacing: target)
    let warnings: [String]
    do {
      warnings = try site.forEachFile { file throws(AtomicFile.WriteError) in
        let url = staged.staging.appendingPathComponent(file.path)
        try? manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard manager.createFile(atPath: url.path, contents: Data(file.contents.utf8)) else {
          throw AtomicFile.WriteError(path: url.path, reason: "cannot create the file")
        }
      }
    } catch let error as AtomicFile.WriteError {
      staged.abandon()
      throw error
    } catch {
      staged.abandon()
      throw AtomicFile.WriteError(path: target.path, reason: "\(error)")
    }
    try staged.commit()
    return warnings
  }

  /// Throws when something other than a site (or an empty folder) is where the site goes.
  private static func checkReplaceable(_ target: URL) throws(AtomicFile.WriteError) {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    guard manager.fileExists(atPath: target.path, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else { throw AtomicFile.WriteError(path: target.path, reason: "is a file, not a folder") }
    let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
    // Replacing means deleting: only ever an empty folder or one this writer made.
    guard contents.isEmpty || (contents.contains("index.html") && contents.contains("search-index.js")) else {
      throw AtomicFile.WriteError(path: target.path, reason: "exists and is not a ClaimGraph site; name another folder with --out, or remove it")
    }
  }
}
