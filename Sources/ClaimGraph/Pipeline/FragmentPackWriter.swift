import Foundation

/// Files a run's annotation cache entries in ``FragmentPacks``, on the
/// thread that takes the runner's results in input order: each new entry is
/// appended to one new pack, each entry read back is noted where it lies.
///
/// ``finish()`` then folds into the new pack the live entries of every old
/// pack that is mostly dead, or no larger than the new one: runs that each
/// add a few documents leave a few packs, not one a run, and the documents a
/// run no longer has do not keep their packs' space. It writes the index
/// last.
///
/// One thread at a time uses it: the one that files, then the one that finishes.
public final class FragmentPackWriter: @unchecked Sendable {
  private let folder: String
  private let salt: String
  private let old: FragmentPacks
  private let number: Int
  private let path: String
  private let temporaryPath: String
  private var pack: TextFileWriter?
  private var written = 0
  /// In the order filed: new entries at their place in the new pack, entries read back at their old one.
  /// A run has one document under a key (the key hashes the path), so no key is filed twice.
  private var filed: [(key: String, location: FragmentPacks.Location)] = []

  init(folder: String, salt: String, old: FragmentPacks) {
    self.folder = folder
    self.salt = salt
    self.old = old
    number = (old.locations.values.map(\.pack).max() ?? 0) + 1
    path = folder + "/" + FragmentPacks.packName(number)
    temporaryPath = AtomicFile.temporaryPath(for: path)
  }

  /// Appends a new entry (see ``AnnotationCache/writeEntry(graph:warnings:to:)``) to the new pack.
  /// - Returns: where the fragment's mention and quote lines lie within the entry.
  @discardableResult
  public func add(_ graph: GraphFragment, warnings: [String], under key: String) -> (mentions: Range<Int>, quotes: Range<Int>) {
    var lines = (mentions: 0..<0, quotes: 0..<0)
    // Written straight into the pack's buffer: an array an entry first cost as much again.
    filed.append((key, append { lines = AnnotationCache.writeEntry(graph: graph, warnings: warnings, to: &$0) }))
    return lines
  }

  /// Notes an entry that was read back from the cache at `location`: it stays there, unless its pack is folded.
  func keep(_ key: String, at location: FragmentPacks.Location) {
    filed.append((key, location))
  }

  /// Appends what `write` appends to the new pack, and says where it lies.
  private func append(_ write: (inout [UInt8]) -> Void) -> FragmentPacks.Location {
    if pack == nil {
      // A pack that cannot be created fails ``finish()``, which then writes no index: the next run
      // makes the entries again.
      pack = try? TextFileWriter(creating: URL(fileURLWithPath: temporaryPath, isDirectory: false))
    }
    var length = 0
    pack?.append { buffer in
      let start = buffer.count
      write(&buffer)
      length = buffer.count - start
    }
    defer { written += length }
    return FragmentPacks.Location(pack: number, offset: written, length: length)
  }

  /// Folds the old packs that are mostly dead or small into the new one, puts the new pack in place
  /// and writes the index of every entry filed, unless it would list what it lists already.
  /// - Returns: the numbers of the packs the index names, and the keys of the entries the run used:
  ///   what ``AnnotationCache/keepOnly(_:packs:)`` keeps.
  @discardableResult
  public func finish() throws -> (packs: Set<Int>, keys: Set<String>) {
    // Gathered here, on the thread that finishes, rather than a document at a time as they were filed.
    let keys = Set(filed.map(\.key))
    var liveBytes: [Int: Int] = [:]
    for (_, location) in filed where location.pack != number { liveBytes[location.pack, default: 0] += location.length }
    var unreadable: Set<Int> = []
    var buffer: [UInt8] = []
    for (pack, size) in old.packSizes.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) })
    where (liveBytes[pack] ?? 0) * 2 < size || size <= written {
      for index in filed.indices where filed[index].location.pack == pack {
        if let location = old.withBytes(at: filed[index].location, readingInto: &buffer, { bytes, _ in append { $0.append(contentsOf: bytes) } }) {
          filed[index].location = location
        } else {
          unreadable.insert(index)
        }
      }
    }
    // An entry that could not be read is left out of the index: the next run makes it again.
    if !unreadable.isEmpty { filed = filed.indices.filter { !unreadable.contains($0) }.map { filed[$0] } }
    if let pack {
      self.pack = nil
      try pack.close()
      try AtomicFile.move(temporaryPath, to: path)
    } else if written > 0 {
      throw AtomicFile.WriteError(path: temporaryPath, reason: "cannot create the file")
    }
    let kept = Set(filed.map(\.location.pack))
    let unchanged = written == 0 && filed.count == old.locations.count
    if !unchanged {
      try FragmentPacks.writeIndex(filed, to: folder + "/" + FragmentPacks.indexName, salt: salt)
    }
    return (kept, keys)
  }
}
