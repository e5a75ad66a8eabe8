import Foundation

/// Annotations of documents already seen, under the output folder, keyed by a
/// hash of the document's bytes, id and path and of everything else that
/// shapes its annotation (gazetteers, limits, format version). A changed
/// document or gazetteer gives a new key, so stale entries are never read;
/// entries no run used any more are removed at the end of the next run.
public struct AnnotationCache: Sendable {
  /// The folder's path, to which each entry's file name is appended: a `URL` would ask the file system
  /// whether each name is a folder.
  private let folder: String
  private let salt: String
  private let settlingTime: Int64
  /// The documents the last run recorded: path → what the path held and the key of its entry; nil
  /// when no run under this salt left a record.
  private let stamps: [String: StampFile.Record]?

  public var directory: URL { URL(fileURLWithPath: folder, isDirectory: true) }

  /// - Parameters:
  ///   - gazetteers: the lexicon's ``Lexicon/fingerprint``.
  ///   - settlingTime: how long after a document's last change its stamp is recorded (see ``FileStamp``).
  public init(directory: URL, gazetteers fingerprint: String, limits: RunLimits, settlingTime: Int64 = FileStamp.settlingTime) {
    folder = directory.path
    self.salt = [Self.layout, AnnotationJSON.formatVersion, fingerprint, "\(limits.maxSentenceTokens)", "\(limits.maxQuoteTokens)"]
      .joined(separator: "|")
    self.settlingTime = settlingTime
    stamps = StampFile.read(from: folder + "/" + StampFile.name, salt: salt)
  }

  /// Changes when the entries' files change shape, so that entries of another layout are never read.
  private static let layout = "annotation-and-graph-9"

  /// A cached document: its annotation exactly as `docs/<id>.json` has it (UTF-8), what it adds to the
  /// graph, and the warnings its reading gave.
  public struct Entry {
    public let annotation: [UInt8]
    public let graph: GraphFragment
    public let warnings: [String]

    public init(annotation: [UInt8], graph: GraphFragment, warnings: [String]) {
      self.annotation = annotation
      self.graph = graph
      self.warnings = warnings
    }
  }

  /// An entry found in the cache: the file that holds its annotation, not the text, which need not be read.
  public struct Found {
    /// The path of the file.
    public let annotationFile: String
    public let graph: GraphFragment
    public let warnings: [String]
  }

  public func key(for input: InputDocument, bytes: Data) -> String {
    var hash = ContentHash()
    hash.combine(salt)
    hash.combine(input.id)
    hash.combine(input.path)
    hash.combine(bytes)
    return hash.hex
  }

  /// The key of `input`'s entry without its bytes being read, when the last run recorded the file it
  /// read at `input.path` for this id and the file there is unchanged since: its stamp now, and the key.
  public func unchangedKey(of input: InputDocument) -> (key: String, stamp: FileStamp)? {
    guard let record = stamps?[input.path], record.id == input.id, let stamp = FileStamp.of(input.path),
          stamp.identity == record.identity else { return nil }
    return (record.key, stamp)
  }

  /// Writes down which file each document's entry was made from, for the next run's ``unchangedKey(of:)``:
  /// the documents whose stamp was taken long enough after their last change, and whose path and id fit on a line.
  /// Records the same as the file's already (a run over documents it has seen) leave it as it is.
  public func record(_ documents: [(input: InputDocument, stamp: FileStamp, key: String)]) throws {
    let records = documents.filter { $0.stamp.isSettled(after: settlingTime) }
      .map { StampFile.Record(path: $0.input.path, id: $0.input.id, identity: $0.stamp.identity, key: $0.key) }
    if let stamps, records.count == stamps.count, records.allSatisfy({ stamps[$0.path] == $0 }) { return }
    try StampFile.write(records, to: folder + "/" + StampFile.name, salt: salt)
  }

  private static let suffixes = (annotation: ".json", graph: ".graph")
  /// Marks a warning's line in the graph file, before the fragment's own lines (which never begin so).
  private static let warningTag = "W\t"

  private func file(_ key: String, _ suffix: String) -> String { folder + "/" + key + suffix }

  public func entry(_ key: String) -> Found? {
    var buffer: [UInt8] = []
    return entry(key, readingInto: &buffer)
  }

  /// The entry under `key`, its file read into `buffer`, which a worker keeps from one document to the next.
  public func entry(_ key: String, readingInto buffer: inout [UInt8]) -> Found? {
    // The graph file is written last: where it is, the annotation is whole.
    FileBytes.withContents(of: file(key, Self.suffixes.graph), readingInto: &buffer) { bytes in
      var start = 0
      var warnings: [String] = []
      while bytes[start...].starts(with: Self.warningTag.utf8) {
        guard let end = bytes[...].index(ofByte: 0x0A, from: start),
              let warning = JSONValue.parse(Data(bytes[(start + Self.warningTag.utf8.count)..<end]))?.stringValue else { return nil }
        warnings.append(warning)
        start = end + 1
      }
      guard let graph = GraphFragment(serializedUTF8: UnsafeBufferPointer(rebasing: bytes[start...])) else { return nil }
      return Found(annotationFile: file(key, Self.suffixes.annotation), graph: graph, warnings: warnings)
    }
  }

  /// Stores `entry` under `key`: the annotation in one file, then the warnings and graph fragment in
  /// another, written last because its file is what marks an entry as complete (a hit reads it, and
  /// need not ask whether the annotation is there). Returns the annotation's path.
  public func store(_ entry: Entry, under key: String) throws -> String {
    let annotation = file(key, Self.suffixes.annotation)
    try AtomicFile.write(entry.annotation, to: annotation)
    var graphFile: [UInt8] = []
    for warning in entry.warnings {
      graphFile.append(contentsOf: Self.warningTag.utf8)
      JSONValue.string(warning).write(to: &graphFile)
      graphFile.append(UInt8(ascii: "\n"))
    }
    entry.graph.write(to: &graphFile)
    try AtomicFile.write(graphFile, to: file(key, Self.suffixes.graph))
    return annotation
  }

  /// Removes every entry whose key is not in `used`: all their graph files first, so that a run killed
  /// part-way leaves no graph file, the mark of a whole entry, without its annotation.
  public func keepOnly(_ used: Set<String>) {
    let names = FileTree.names(in: folder)
    for suffix in [Self.suffixes.graph, Self.suffixes.annotation] {
      // On UTF-8: `hasSuffix` and `dropLast` on a `String` go by `Character`, for each of the folder's 2,000 names.
      let tail = suffix.utf8.count
      for name in names where name.utf8.count >= tail && name.utf8.reversed().starts(with: suffix.utf8.reversed())
        && !used.contains(String(decoding: name.utf8.dropLast(tail), as: UTF8.self)) {
        unlink(folder + "/" + name)
      }
    }
  }
}
