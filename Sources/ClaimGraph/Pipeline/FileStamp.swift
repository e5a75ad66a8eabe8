import Foundation

/// What the file system says of a file without its bytes being read: device,
/// inode, size, and when its bytes and its inode last changed.
///
/// A run over a folder it has seen before looks up each unchanged document's
/// cache entry by the stamp it recorded, instead of reading and hashing the
/// document again, as `git status` and `make` do. Every write to a file
/// changes its inode's change time, which no program can set back, so an
/// equal stamp means equal bytes; except when the file changed again within
/// the same tick of the file system's clock as the moment it was stamped, and
/// so a stamp is only recorded once that moment is ``settlingTime`` past the
/// file's last change (see ``isSettled(after:)``).
public struct FileStamp: Sendable {
  /// Device, inode, size, and the two change times in nanoseconds since 1970.
  struct Identity: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let changed: Int64
  }

  let identity: Identity
  /// When the stamp was taken, in nanoseconds since 1970.
  let taken: Int64

  /// The file's size in bytes.
  public var size: Int { Int(identity.size) }

  /// A stamp of the file whose status is `status`, taken now.
  init(_ status: stat) {
    identity = Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
                        modified: Self.nanoseconds(status.st_mtim), changed: Self.nanoseconds(status.st_ctim))
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    taken = Self.nanoseconds(now)
  }

  init(identity: Identity, taken: Int64) {
    self.identity = identity
    self.taken = taken
  }

  /// The stamp of the regular file at `path` (symbolic links followed, as reading it does), or nil.
  public static func of(_ path: String) -> FileStamp? {
    var status = stat()
    return stat(path, &status) == 0 ? ofRegularFile(status) : nil
  }

  /// The stamp of the file whose status is `status` when it is a regular file.
  private static func ofRegularFile(_ status: stat) -> FileStamp? {
    status.st_mode & S_IFMT == S_IFREG ? FileStamp(status) : nil
  }

  /// The stamps of the regular files at `paths`, in order (nil for any other), each folder opened once
  /// and its files' stamps taken there (`fstatat`): a run stamps every input before it starts, and
  /// walking each path from the top again was most of the work.
  public static func of(_ paths: [String]) -> [FileStamp?] {
    var folder: (path: Substring, descriptor: Int32)?
    defer { if let folder { close(folder.descriptor) } }
    return paths.map { path in
      guard let slash = path.lastIndex(of: "/") else { return of(path) }
      let parent = path[...slash], name = String(path[path.index(after: slash)...])
      if folder?.path != parent {
        if let folder { close(folder.descriptor) }
        let descriptor = open(String(parent), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        folder = descriptor < 0 ? nil : (parent, descriptor)
      }
      guard let folder else { return of(path) }
      var status = stat()
      return fstatat(folder.descriptor, name, &status, 0) == 0 ? ofRegularFile(status) : nil
    }
  }

  /// Long enough for any file system's clock to have ticked: FAT keeps times to two seconds.
  public static let settlingTime: Int64 = 3_000_000_000

  /// Whether the stamp was taken `settlingTime` nanoseconds or more after the file's last change, so
  /// that any later change gives another stamp.
  func isSettled(after settlingTime: Int64 = settlingTime) -> Bool {
    taken - max(identity.modified, identity.changed) >= settlingTime
  }

  private static func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
}
