import Foundation

/// Builds the knowledge graph from every document's result: canonical
/// entities merged across documents, with aliases and mention counts, and
/// quotes linked to speakers and measures.
///
/// Documents are added one at a time, in their final order. The first
/// documents' lines (document, mentions, quotes) are held as their fragments
/// made them, up to a limit (32 MB), and every later document's go straight to
/// spill files, so memory holds the entity table and at most that, whatever the
/// size of the corpus. Writing the lines to a file and reading them back was a
/// third of an incremental run over 1,000 documents. Entity ids are settled at
/// the end: entities are merged by type and the slug of their in-document
/// canonical name, and a person known somewhere only by a surname
/// (`Tokayev`) joins the one person in the corpus whose full name ends with it.
///
/// The graph is written with one document, entity, mention or quote per line
/// (compact JSON) inside a pretty top level, so that line tools and streaming
/// loaders can read it too.
public final class GraphBuilder {
  public static let schemaVersion = "1.0"

  /// Where the spill files go, in a folder of their own.
  private let spillParent: URL
  /// What the graph writes of one document: its line, and its mention and quote lines with the
  /// ordinals of its fragment's entries.
  struct Lines {
    let documentLine: String
    let entryOrdinals: [Int]
    let mentionLines: FragmentLines
    let mentionCount: Int
    let quoteLines: FragmentLines
    let quoteCount: Int
  }

  /// The lines of the first documents.
  private var held: [Lines] = []
  private var heldBytes = 0
  private let holdingLimit: Int
  /// Made by the first document whose lines are not held; every document after it spills too, to keep
  /// their order. A run that holds every document's lines (an incremental run's are in the cache's packs)
  /// makes no spill files: on ext4 without a journal, each file made steps over every inode freed in the
  /// last minute, and an incremental run frees the last one's.
  private var spill: SpillFiles?
  /// Every key any document refers to gets an ordinal when first counted: spill lines name entities by
  /// ordinal, so the final write finds each one's id by index, not by building and hashing a key.
  private(set) var totals: GraphTotals
  /// Where stored lines are read to be spilled, from one fragment to the next.
  private var readBuffer: [UInt8] = []
  /// The first stored lines that could not be read to be spilled, or spill files that could not be made:
  /// ``write(to:)`` throws it.
  private var failure: Error?

  /// - Parameters:
  ///   - folder: where the spill files go, if any (a temporary folder by default); removed when done.
  ///   - holdingLimit: how many bytes of the documents' lines are held before they spill.
  public convenience init(spillingInto folder: URL? = nil, holdingLimit: Int = 32 << 20) {
    self.init(continuing: GraphTotals(), spillingInto: folder, holdingLimit: holdingLimit)
  }

  /// A builder whose documents so far are those `totals` counted: their lines are then placed with
  /// ``place(_:)``, each in its turn among the documents added.
  init(continuing totals: GraphTotals, spillingInto folder: URL? = nil, holdingLimit: Int = 32 << 20) {
    self.totals = totals
    self.holdingLimit = holdingLimit
    spillParent = folder ?? FileManager.default.temporaryDirectory
  }

  /// Adds one document; documents appear in the graph in the order they are added.
  public func add(_ result: DocumentResult) { add(GraphFragment(result)) }

  /// Adds one document's fragment (see ``GraphFragment``), in the document's place in the graph.
  /// - Returns: the document's ordinal among those counted, and the ordinal of each of the fragment's entries.
  @discardableResult
  public func add(_ fragment: GraphFragment) -> (document: Int, entryOrdinals: [Int]) {
    let counted = totals.count(fragment)
    place(Lines(documentLine: fragment.documentLine, entryOrdinals: counted.entryOrdinals, mentionLines: fragment.mentionLines,
                mentionCount: fragment.mentionCount, quoteLines: fragment.quoteLines, quoteCount: fragment.quoteCount))
    return counted
  }

  /// Places the lines of a document that is already counted (see ``init(continuing:spillingInto:holdingLimit:)``),
  /// as the next document in the graph.
  ///
  /// They are held, or go to the spill files as they are after a line that maps the fragment's entries to ordinals.
  func place(_ lines: Lines) {
    // As allocated: a fragment made now may have room to spare, and all of it is held. A fragment read
    // back from the cache holds its lines where they are stored, and takes no more than its document line.
    let size = lines.documentLine.utf8.count + lines.mentionLines.heldBytes + lines.quoteLines.heldBytes
    guard spill != nil || heldBytes + size > holdingLimit else {
      held.append(lines)
      heldBytes += size
      return
    }
    guard let spill = spill ?? startSpilling() else { return }
    spill.documents.append(bytes: lines.documentLine.utf8)
    spill.documents.append(bytes: CollectionOfOne(UInt8(ascii: "\n")))
    var header: [UInt8] = [SpillSection.headerMark]
    for (index, ordinal) in lines.entryOrdinals.enumerated() {
      if index > 0 { header.append(UInt8(ascii: " ")) }
      JSONValue.writeDecimalDigits(of: ordinal, to: &header)
    }
    header.append(UInt8(ascii: "\n"))
    for (file, block) in [(spill.mentions, lines.mentionLines), (spill.quotes, lines.quoteLines)] where !block.isEmpty {
      file.append(bytes: header)
      do {
        try block.withBytes(readingInto: &readBuffer) { file.append(bytes: $0) }
      } catch {
        failure = failure ?? error
      }
    }
  }

  /// The spill files, made for the first document that spills; nil when they cannot be made (``write(to:)`` then throws why).
  private func startSpilling() -> SpillFiles? {
    do {
      spill = try SpillFiles(in: spillParent)
    } catch {
      failure = failure ?? error
    }
    return spill
  }

  /// Writes the graph to `path`, atomically. A builder writes its graph once: the spill files are closed then.
  public func write(to path: String) throws {
    try AtomicFile.write(to: path) { output in
      var sink = output
      try write(to: &sink)
    }
  }

  /// The graph as one string (for tests and small corpora); once, as ``write(to:)``.
  public func text() throws -> String {
    var bytes: [UInt8] = []
    try write(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the graph's UTF-8 bytes to `sink`, in pieces, and closes the spill files: a file's
  /// pages are freed when it is both closed and removed, and a run removes the folder on another thread.
  private func write(to sink: inout some ByteSink) throws {
    let spillFiles = spill.map { [$0.documents, $0.mentions, $0.quotes] } ?? []
    defer { for file in spillFiles { try? file.close() } }
    if let failure { throw failure }
    for file in spillFiles { try file.flush() }
    let (keys, entities, documentIDs) = (totals.keys, totals.entities, totals.documentIDs)
    let uniqueSurnames = totals.surnames.compactMapValues { $0.count == 1 ? $0.first : nil }
    func id(forKey key: String) -> String {
      guard let (label, canonical) = GraphFragment.parts(of: key) else { return key }
      var name = canonical
      if label == .person, !name.contains(" "), let full = uniqueSurnames[EntityID.slug(name)] { name = full }
      return EntityID.make(label, name)
    }
    let ids = keys.map(id(forKey:))
    // Every mention and quote line asks for its entity's id, as JSON bytes: work each out once.
    let quotedIDs = PackedByteStrings(ids.map { JSONValue.string($0).serializedUTF8() })
    // The keys that share an id (`PERSON|Karin` and `PERSON|Erlan Karin`): one entity, whose label the id carries.
    var merged: [String: [Int]] = [:]
    for (ordinal, entity) in entities.enumerated() where entity != nil {
      merged[ids[ordinal], default: []].append(ordinal)
    }
    // Each document's place among the ids in order, worked out once: an entity's documents are then
    // put in order by sorting integers, not strings (an entity named in every document lists them all).
    let orderedIDs = Set(documentIDs).sorted()
    let place = Dictionary(uniqueKeysWithValues: orderedIDs.enumerated().map { ($1, $0) })
    let documentPlaces = documentIDs.map { place[$0]! }
    // Each document's id as JSON, by place, made once: an entity named in every document lists them all.
    let quotedDocumentIDs = PackedByteStrings(orderedIDs.map { JSONValue.string($0).serializedUTF8() })
    // One line at a time: an entity named in every document lists every document.
    func appendEntityLine(_ entityID: String, to line: inout [UInt8]) {
      // One entity per key, so no two parts share a name: the longest, then the first alphabetically, is the entity's.
      let ordinals = merged[entityID]!
      let parts = ordinals.map { entities[$0]! }
      let name = parts.map(\.canonical).max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) }!
      line.append(UInt8(ascii: "{"))
      JSONValue.writeMembers([
        ("id", .string(entityID)),
        ("type", .string(parts[0].label.rawValue)),
        ("name", .string(name)),
        ("aliases", .array(parts.reduce(into: Set<String>()) { $0.formUnion($1.aliases) }.sorted().map(JSONValue.string))),
        ("mentions", .int(parts.reduce(0) { $0 + $1.mentions })),
        ("quotes", .int(ordinals.reduce(0) { $0 + totals.quotes[$1] })),
      ], to: &line)
      line.append(contentsOf: #","documents":["#.utf8)
      // A part lists each document once, in the order added, which is mostly the ids' order: sorted and
      // made unique only when not already so (parts of one id may share documents).
      var places = parts.flatMap { $0.documents.map { documentPlaces[$0] } }
      if zip(places, places.dropFirst()).contains(where: { $0 >= $1 }) { places = Set(places).sorted() }
      for (index, place) in places.enumerated() {
        if index > 0 { line.append(UInt8(ascii: ",")) }
        quotedDocumentIDs.append(place, to: &line)
      }
      line.append(contentsOf: "]}".utf8)
    }

    sink.append(text: "{\n  \"version\": \(JSONValue.string(Self.schemaVersion).serialized()),\n  \"documents\": [")
    var documentSection = SpillSection(.documents)
    for lines in held { documentSection.render(lines.documentLine, to: &sink) }
    if let spill { try documentSection.render(spill.documents.url, to: &sink) }
    documentSection.finish(to: &sink)
    sink.append(text: "],\n  \"entities\": [")
    let entityIDs = merged.keys.sorted()
    for (index, entityID) in entityIDs.enumerated() {
      sink.append { output in
        output.append(contentsOf: (index == 0 ? "\n    " : ",\n    ").utf8)
        appendEntityLine(entityID, to: &output)
      }
    }
    if !entityIDs.isEmpty { sink.append(text: "\n  ") }
    /// The mention or quote items: the held documents' lines, then the spilled ones'.
    func renderSection(_ kind: SpillSection.Kind, _ lines: KeyPath<Lines, FragmentLines>, counted: KeyPath<Lines, Int>,
                       spilled file: TextFileWriter?) throws {
      var section = SpillSection(kind, quotedIDs: quotedIDs)
      try renderHeldLines(lines, counted: counted, in: &section, to: &sink)
      if let file {
        try section.render(file.url, to: &sink)
        if section.damaged { throw Self.damagedSpill(file) }
      }
      section.finish(to: &sink)
    }
    sink.append(text: "],\n  \"mentions\": [")
    try renderSection(.mentions, \.mentionLines, counted: \.mentionCount, spilled: spill?.mentions)
    sink.append(text: "],\n  \"quotes\": [")
    try renderSection(.quotes, \.quoteLines, counted: \.quoteCount, spilled: spill?.quotes)
    sink.append(text: "]\n}\n")
  }
}

extension GraphBuilder {
  /// The error for a spill file whose lines, copied there from the cache's packs, name entries their fragments do not have.
  private static func damagedSpill(_ file: TextFileWriter) -> FileBytes.ReadError {
    FileBytes.ReadError(path: file.url.path, reason: "damaged graph lines, copied there from the cache")
  }

  /// Renders the held documents' mention or quote lines into `section`'s items, reading stored ones into one buffer.
  /// - Parameters:
  ///   - lines: which of a document's lines; a key path, so that only they are copied out of each document's, not all six fields.
  ///   - counted: how many of them there are: lines read back from a pack that are not so many are damaged.
  private func renderHeldLines(_ lines: KeyPath<Lines, FragmentLines>, counted: KeyPath<Lines, Int>, in section: inout SpillSection,
                               to sink: inout some ByteSink) throws {
    var buffer: [UInt8] = []
    for index in held.indices {
      let block = held[index][keyPath: lines]
      let rendered = try block.withBytes(readingInto: &buffer) { section.render($0, entryOrdinals: held[index].entryOrdinals, to: &sink) }
      if section.damaged || rendered != held[index][keyPath: counted] { throw block.damage }
    }
  }

  /// The graph of `results` as a value: for tests and small inputs.
  public static func build(_ results: [DocumentResult]) throws -> JSONValue {
    try build(fragments: results.map(GraphFragment.init))
  }

  /// The graph of `fragments`, in their order, as a value: for tests and small inputs.
  public static func build(fragments: [GraphFragment]) throws -> JSONValue {
    let builder = GraphBuilder()
    for fragment in fragments { builder.add(fragment) }
    let text = try builder.text()
    guard let value = JSONValue.parse(Data(text.utf8)) else {
      throw AtomicFile.WriteError(path: "graph", reason: "the graph written is not JSON")
    }
    return value
  }
}
