import Foundation

/// Replaces a folder as a whole: its new contents are written into a staging
/// folder beside it, which is then renamed into its place, so a reader sees
/// the old folder or the new one, never a mix; a writer killed part-way
/// leaves the old one, and its staging folder is cleared by the next writer.
struct AtomicFolder {
  let target: URL
  /// Where the new contents go before ``commit()``.
  let staging: URL
  private let retired: URL

  /// Prepares `target`'s staging folder (empty, created), removing any that a killed writer left.
  init(replacing target: URL) throws(AtomicFile.WriteError) {
    let manager = FileManager.default
    let parent = target.deletingLastPathComponent()
    let prefix = ".\(target.lastPathComponent).staging-"
    for name in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
      FileTree.remove(parent.appendingPathComponent(name).path)
    }
    let process = ProcessInfo.processInfo.processIdentifier
    self.target = target
    staging = parent.appendingPathComponent(prefix + String(process))
    retired = parent.appendingPathComponent(".\(target.lastPathComponent).retired-\(process)")
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
    } catch {
      throw AtomicFile.WriteError(path: staging.path, reason: "cannot create the folder")
    }
  }

  /// Moves the staged folder into place, the old one aside and then away.
  func commit() throws(AtomicFile.WriteError) {
    let manager = FileManager.default
    let existing = manager.fileExists(atPath: target.path)
    if existing {
      FileTree.remove(retired.path)
      guard rename(target.path, retired.path) == 0 else {
        throw AtomicFile.WriteError(path: target.path, reason: "cannot move the old folder aside (\(String(cString: strerror(errno))))")
      }
    }
    guard rename(staging.path, target.path) == 0 else {
      let reason = String(cString: strerror(errno))
      if existing { _ = rename(retired.path, target.path) }
      throw AtomicFile.WriteError(path: target.path, reason: "cannot move the new folder into place (\(reason))")
    }
    if existing { FileTree.remove(retired.path) }
  }

  /// Removes the staging folder after a failure; the target is left as it was.
  func abandon() {
    FileTree.remove(staging.path)
  }
}
