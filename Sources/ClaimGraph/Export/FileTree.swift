import Foundation

/// Removes a folder and everything under it, one `unlinkat` a name.
///
/// A run moves the annotation files it replaces aside and removes them before
/// it exits. `FileManager.removeItem` asks the file system about each name
/// before removing it, and for a thousand files took 7 ms of an incremental
/// run's 80; this takes under 3.
enum FileTree {
  /// Removes `path`: a folder with everything under it, or a file. Symbolic links are removed, never
  /// followed. What cannot be removed is left, and a missing `path` is no error: the callers clean up
  /// after a run, and a leftover is cleared by the next one.
  static func remove(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else {
      unlink(path)
      return
    }
    removeContents(of: descriptor)
    rmdir(path)
  }

  /// The names in the folder at `path` (not `.` and `..`), in no order; none when it cannot be read.
  /// One `readdir` a batch, where `FileManager` made a listing of its own.
  static func names(in path: String) -> [String] {
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    return entries(of: folder).map(\.name)
  }

  /// The inode of each name in the folder at `path`, as its listing gives them, and the folder's device;
  /// nil when it cannot be read. A run tells which of a thousand annotations are links to their cache
  /// entries so, where a `stat` of each cost a millisecond.
  static func inodes(in path: String) -> (device: UInt64, inodes: [String: UInt64])? {
    var status = stat()
    guard stat(path, &status) == 0, let folder = opendir(path) else { return nil }
    defer { closedir(folder) }
    let entries = entries(of: folder)
    return (UInt64(status.st_dev), Dictionary(entries.map { ($0.name, $0.inode) }, uniquingKeysWith: { _, last in last }))
  }

  /// Every name in `folder`, whether the file system says it is a folder, and its inode.
  private static func entries(of folder: OpaquePointer) -> [(name: String, isFolder: Bool, inode: UInt64)] {
    var entries: [(name: String, isFolder: Bool, inode: UInt64)] = []
    while let entry = readdir(folder) {
      let name = entry.name
      guard name != ".", name != ".." else { continue }
      entries.append((name, entry.pointee.d_type == UInt8(DT_DIR), UInt64(entry.pointee.d_ino)))
    }
    return entries
  }

  /// Empties the folder open as `descriptor`, and closes it.
  private static func removeContents(of descriptor: Int32) {
    guard let folder = fdopendir(descriptor) else {
      close(descriptor)
      return
    }
    defer { closedir(folder) }
    // Every name first, then the removals: a folder changed while it is read may skip names.
    for (name, isFolder, _) in entries(of: folder) {
      // A file system that does not say what a name is (`DT_UNKNOWN`) refuses to unlink a folder with EISDIR.
      guard isFolder || (unlinkat(descriptor, name, 0) != 0 && errno == EISDIR) else { continue }
      let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if child >= 0 { removeContents(of: child) }
      unlinkat(descriptor, name, AT_REMOVEDIR)
    }
  }
}
