import Foundation

/// Annotations of documents already seen, under the output folder, keyed by a
/// hash of the document's bytes, id and path and of everything else that
/// shapes its annotation (gazetteers, limits, format version). A changed
/// document or gazetteer gives a new key, so stale entries are never read;
/// entries no run used any more are removed at the end of the next run.
///
/// An entry is two things: its annotation in a file of its own,
/// `<key>.json`, which `docs/` links to, and its graph fragment and
/// warnings in ``FragmentPacks``, whose index a run writes last: an entry is
/// whole once the index names it.
public struct AnnotationCache: Sendable {
  /// The folder's path, to which each entry's file name is appended: a `URL` would ask the file system
  /// whether each name is a folder.
  private let folder: String
  private let salt: String
  private let settlingTime: Int64
  /// The documents the last run recorded: path → what the path held and the key of its entry; nil
  /// when no run under this salt left a record.
  private let stamps: [String: StampFile.Record]?
  private let packs: FragmentPacks

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
    packs = FragmentPacks(folder: folder, salt: salt)
  }

  /// Changes when the entries' files, or the graph checkpoint's, change shape, so that files of another
  /// layout are never read.
  private static let layout = "annotation-and-graph-10"

  /// An entry found in the cache: the file that holds its annotation, not the text, which need not be read.
  public struct Found {
    /// The path of the file.
    public let annotationFile: String
    public let graph: GraphFragment
    public let warnings: [String]
    /// Where the entry's fragment lies, for this run's ``FragmentPackWriter``.
    let location: FragmentPacks.Location
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
    unchangedKey(of: input, stampedAs: stamps?[input.path] == nil ? nil : FileStamp.of(input.path))
  }

  /// ``unchangedKey(of:)`` with the file's stamp taken already.
  func unchangedKey(of input: InputDocument, stampedAs stamp: FileStamp?) -> (key: String, stamp: FileStamp)? {
    guard let record = stamps?[input.path], record.id == input.id, let stamp, stamp.identity == record.identity else { return nil }
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

  /// Marks a warning's line in an entry's bytes, before the fragment's own lines (which never begin so).
  private static let warningTag = "W\t"

  private func annotationFile(_ key: String) -> String { folder + "/" + key + ".json" }

  public func entry(_ key: String) -> Found? {
    var buffer: [UInt8] = []
    return entry(key, readingInto: &buffer)
  }

  /// The entry under `key`, when the last run's index names it and its bytes read as an entry; they are
  /// read into `buffer`, which a worker keeps from one document to the next.
  public func entry(_ key: String, readingInto buffer: inout [UInt8]) -> Found? {
    guard let location = packs.locations[key] else { return nil }
    return packs.withBytes(at: location, readingInto: &buffer) { bytes, pack in
      var start = 0
      var warnings: [String] = []
      while bytes[start...].starts(with: Self.warningTag.utf8) {
        guard let end = bytes[...].index(ofByte: 0x0A, from: start),
              let warning = JSONValue.parse(Data(bytes[(start + Self.warningTag.utf8.count)..<end]))?.stringValue else { return nil }
        warnings.append(warning)
        start = end + 1
      }
      // The fragment's lines stay in the pack until the graph is written.
      guard let graph = GraphFragment(serializedUTF8: UnsafeBufferPointer(rebasing: bytes[start...]),
                                      storedAt: (pack, location.offset + start)) else { return nil }
      return Found(annotationFile: annotationFile(key), graph: graph, warnings: warnings, location: location)
    }
  }

  /// Appends an entry's bytes in a pack, as ``entry(_:)`` reads them: a line a warning, then the fragment.
  /// - Returns: where the fragment's mention and quote lines lie within the entry.
  @discardableResult
  static func writeEntry(graph: GraphFragment, warnings: [String], to bytes: inout [UInt8]) -> (mentions: Range<Int>, quotes: Range<Int>) {
    let start = bytes.count
    for warning in warnings {
      bytes.append(contentsOf: warningTag.utf8)
      JSONValue.string(warning).write(to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    let (mentions, quotes) = graph.write(to: &bytes)
    return (mentions.lowerBound - start..<mentions.upperBound - start, quotes.lowerBound - start..<quotes.upperBound - start)
  }

  /// Writes the annotation of the entry under `key` (exactly as `docs/<id>.json` has it, UTF-8) and
  /// returns its path. Its fragment goes to this run's ``FragmentPackWriter``.
  public func storeAnnotation(_ annotation: [UInt8], under key: String) throws -> String {
    let path = annotationFile(key)
    try AtomicFile.writeNew(annotation, to: path)
    return path
  }

  // MARK: - The graph checkpoint

  /// Where the last run's graph checkpoint (see ``GraphCheckpoint``) lies.
  var checkpointPath: String { folder + "/" + GraphCheckpoint.name }

  /// A writer for this run's checkpoint, which writes to `temporaryPath` until it finishes.
  func checkpointWriter(temporaryPath: String) throws(AtomicFile.WriteError) -> GraphCheckpoint.Writer {
    try GraphCheckpoint.Writer(temporaryPath: temporaryPath, salt: salt)
  }

  /// Removes the checkpoint, so that the next run reads every entry back, checking each.
  func discardCheckpoint() { unlink(checkpointPath) }

  /// How this run goes on from the last run's checkpoint (see ``Resumption``); nil when there is no
  /// checkpoint under this salt, or one of its documents is gone, changed, or no longer in the cache.
  /// - Parameter stamps: each input's stamp, taken while the gazetteers were read; taken now when not given.
  func resumption(of inputs: [InputDocument], stamps inputStamps: [FileStamp?]? = nil) -> Resumption? {
    // A document whose annotation went from the cache (by hand) is annotated again, which only the slow path does.
    guard let checkpoint = GraphCheckpoint.read(from: checkpointPath, salt: salt), let entries = FileTree.inodes(in: folder) else { return nil }
    var byKey = Dictionary(checkpoint.documents.indices.map { (checkpoint.documents[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
    // A document the checkpoint has by id whose stamp the last run did not record (it was written within
    // the settling time before that run, as a document added and run at once is) is read and keyed.
    let checkpointIDs = Set(checkpoint.documents.map(\.id))
    func keyFromBytes(of input: InputDocument) -> (key: String, stamp: FileStamp)? {
      guard checkpointIDs.contains(input.id), case .bytes(let data, let stamp) = FileBytes.read(input.path) else { return nil }
      return (key(for: input, bytes: data), stamp)
    }
    var steps: [Resumption.Step] = []
    steps.reserveCapacity(inputs.count)
    for (index, input) in inputs.enumerated() {
      let found = (inputStamps.map { unchangedKey(of: input, stampedAs: $0[index]) } ?? unchangedKey(of: input)) ?? keyFromBytes(of: input)
      guard let (key, stamp) = found, let place = byKey.removeValue(forKey: key) else {
        steps.append(.new(input))
        continue
      }
      let document = checkpoint.documents[place]
      guard entries.inodes[key + ".json"] != nil, let location = packs.locations[key], let pack = packs.pack(location.pack),
            document.mentions.upperBound <= location.length, document.quotes.upperBound <= location.length else { return nil }
      func stored(_ range: Range<Int>) -> FragmentLines { .stored(pack, offset: location.offset + range.lowerBound, length: range.count) }
      let lines = GraphBuilder.Lines(documentLine: document.documentLine, entryOrdinals: document.entryOrdinals,
                                     mentionLines: stored(document.mentions), mentionCount: document.mentionCount,
                                     quoteLines: stored(document.quotes), quoteCount: document.quoteCount)
      steps.append(.counted(Resumption.Counted(input: input, stamp: stamp, document: document, checkpointLine: checkpoint.lines[place],
                                               location: location, lines: lines, annotationFile: annotationFile(key))))
    }
    guard byKey.isEmpty else { return nil }
    return Resumption(steps: steps, totals: checkpoint.totals, entries: entries)
  }

  /// A writer for this run's entries, to be handed every processed document's entry in input order.
  public func packWriter() -> FragmentPackWriter { FragmentPackWriter(folder: folder, salt: salt, old: packs) }

  /// Removes every annotation whose key is not in `used`, and every pack not in `packs` (see
  /// ``FragmentPackWriter/finish()``), with what earlier layouts left (a `.graph` file an entry).
  public func keepOnly(_ used: Set<String>, packs: Set<Int>) {
    let keptPacks = Set(packs.map(FragmentPacks.packName))
    for name in FileTree.names(in: folder) {
      // On UTF-8: `hasSuffix` and `dropLast` on a `String` go by `Character`, for each of the folder's 1,000 names.
      let utf8 = name.utf8
      func endsWith(_ suffix: String) -> Bool { utf8.reversed().starts(with: suffix.utf8.reversed()) }
      let stale: Bool
      if endsWith(".json") {
        stale = !used.contains(String(decoding: utf8.dropLast(5), as: UTF8.self))
      } else if endsWith(FragmentPacks.packSuffix) {
        stale = utf8.starts(with: FragmentPacks.packPrefix.utf8) && !keptPacks.contains(name)
      } else {
        stale = endsWith(".graph")
      }
      if stale { unlink(folder + "/" + name) }
    }
  }
}
