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

  /// What the documents' mentions say of one key (`PERSON|Erlan Karin`).
  private struct Entity {
    let label: EntityLabel
    let canonical: String
    var aliases: Set<String> = []
    /// The aliases the last document to name the entity gave: most documents give the same as the one
    /// before, and comparing the lists costs far less than hashing every alias into `aliases` again.
    var lastAliases: [String] = []
    var mentions = 0
    /// Ordinals into `documentIDs`: a few bytes each, however many documents name the entity.
    var documents: [Int] = []
    var quotes = 0

    /// Counts what document number `document` names the entity with.
    mutating func add(_ name: GraphFragment.Name, document: Int) {
      if name.aliases != lastAliases {
        aliases.formUnion(name.aliases)
        lastAliases = name.aliases
      }
      mentions += name.mentions
      documents.append(document)
    }
  }

  private let spill: URL
  /// The lines of the first documents, with the ordinals of their fragments' entries.
  private typealias Held = (documentLine: String, entryOrdinals: [Int], mentionLines: FragmentLines, quoteLines: FragmentLines)
  private var held: [Held] = []
  private var heldBytes = 0
  private let holdingLimit: Int
  /// Set by the first document whose lines are not held: every document after it spills too, to keep their order.
  private var spilling = false
  private let documents: TextFileWriter
  private let mentions: TextFileWriter
  private let quotes: TextFileWriter
  /// Every key any document refers to gets an ordinal when first added: spill lines name entities by
  /// ordinal, so the final write finds each one's id by index, not by building and hashing a key.
  private var ordinals: [String: Int] = [:]
  private var keys: [String] = []
  /// By ordinal; nil for a key that only quotes refer to (a speaker or measure no mention names).
  private var entities: [Entity?] = []
  private var documentIDs: [String] = []
  private var surnames: [String: Set<String>] = [:]  // surname slug → full person names
  /// Where stored lines are read to be spilled, from one fragment to the next.
  private var readBuffer: [UInt8] = []
  /// The first stored lines that could not be read to be spilled: ``write(to:)`` throws it.
  private var failure: Error?

  /// - Parameters:
  ///   - folder: where the spill files go (a temporary folder by default); removed when done.
  ///   - holdingLimit: how many bytes of the documents' lines are held before they spill.
  public init(spillingInto folder: URL? = nil, holdingLimit: Int = 32 << 20) throws {
    self.holdingLimit = holdingLimit
    spill = (folder ?? FileManager.default.temporaryDirectory)
      .appendingPathComponent("claimgraph-graph-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: spill, withIntermediateDirectories: true)
    documents = try TextFileWriter(creating: spill.appendingPathComponent("documents"))
    mentions = try TextFileWriter(creating: spill.appendingPathComponent("mentions"))
    quotes = try TextFileWriter(creating: spill.appendingPathComponent("quotes"))
  }

  deinit { FileTree.remove(spill.path) }

  /// Adds one document; documents appear in the graph in the order they are added.
  public func add(_ result: DocumentResult) { add(GraphFragment(result)) }

  /// Adds one document's fragment (see ``GraphFragment``), in the document's place in the graph.
  ///
  /// Its lines are held, or go to the spill files as they are after a line that maps the fragment's entries to ordinals.
  public func add(_ fragment: GraphFragment) {
    let document = documentIDs.count
    documentIDs.append(fragment.documentID)
    var places: [Int] = []
    places.reserveCapacity(fragment.entries.count)
    for entry in fragment.entries {
      let ordinal = ordinal(of: entry.key)
      places.append(ordinal)
      guard let name = entry.name else { continue }
      if entities[ordinal] == nil {
        guard let (label, canonical) = GraphFragment.parts(of: entry.key) else { continue }
        entities[ordinal] = Entity(label: label, canonical: canonical)
        if let surname = GraphFragment.surname(of: canonical, label: label) { surnames[surname, default: []].insert(canonical) }
      }
      entities[ordinal]!.add(name, document: document)
    }
    // After every name is in: a speaker counts a quote only once some document has named it.
    for (entry, ordinal) in zip(fragment.entries, places) where entry.quotes > 0 && entities[ordinal] != nil {
      entities[ordinal]!.quotes += entry.quotes
    }
    // As allocated: a fragment made now may have room to spare, and all of it is held. A fragment read
    // back from the cache holds its lines where they are stored, and takes no more than its document line.
    let size = fragment.documentLine.utf8.count + fragment.mentionLines.heldBytes + fragment.quoteLines.heldBytes
    spilling = spilling || heldBytes + size > holdingLimit
    guard spilling else {
      held.append((fragment.documentLine, places, fragment.mentionLines, fragment.quoteLines))
      heldBytes += size
      return
    }
    documents.append(bytes: fragment.documentLine.utf8)
    documents.append(bytes: CollectionOfOne(UInt8(ascii: "\n")))
    var header: [UInt8] = [SpillSection.headerMark]
    for (index, ordinal) in places.enumerated() {
      if index > 0 { header.append(UInt8(ascii: " ")) }
      JSONValue.writeDecimalDigits(of: ordinal, to: &header)
    }
    header.append(UInt8(ascii: "\n"))
    for (file, lines) in [(mentions, fragment.mentionLines), (quotes, fragment.quoteLines)] where !lines.isEmpty {
      file.append(bytes: header)
      do {
        try lines.withBytes(readingInto: &readBuffer) { file.append(bytes: $0) }
      } catch {
        failure = failure ?? error
      }
    }
  }

  private func ordinal(of key: String) -> Int {
    if let ordinal = ordinals[key] { return ordinal }
    keys.append(key)
    entities.append(nil)
    ordinals[key] = keys.count - 1
    return keys.count - 1
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
    defer { for file in [documents, mentions, quotes] { try? file.close() } }
    if let failure { throw failure }
    for file in [documents, mentions, quotes] { try file.flush() }
    let uniqueSurnames = surnames.compactMapValues { $0.count == 1 ? $0.first : nil }
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
    var merged: [String: [Entity]] = [:]
    for (ordinal, entity) in entities.enumerated() {
      guard let entity else { continue }
      merged[ids[ordinal], default: []].append(entity)
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
      let parts = merged[entityID]!
      let name = parts.map(\.canonical).max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) }!
      line.append(UInt8(ascii: "{"))
      JSONValue.writeMembers([
        ("id", .string(entityID)),
        ("type", .string(parts[0].label.rawValue)),
        ("name", .string(name)),
        ("aliases", .array(parts.reduce(into: Set<String>()) { $0.formUnion($1.aliases) }.sorted().map(JSONValue.string))),
        ("mentions", .int(parts.reduce(0) { $0 + $1.mentions })),
        ("quotes", .int(parts.reduce(0) { $0 + $1.quotes })),
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

    sink.append("{\n  \"version\": \(JSONValue.string(Self.schemaVersion).serialized()),\n  \"documents\": [")
    var documentSection = SpillSection(.documents)
    for lines in held { documentSection.render(lines.documentLine, to: &sink) }
    try documentSection.render(documents.url, to: &sink)
    documentSection.finish(to: &sink)
    sink.append("],\n  \"entities\": [")
    let entityIDs = merged.keys.sorted()
    for (index, entityID) in entityIDs.enumerated() {
      sink.append { output in
        output.append(contentsOf: (index == 0 ? "\n    " : ",\n    ").utf8)
        appendEntityLine(entityID, to: &output)
      }
    }
    if !entityIDs.isEmpty { sink.append("\n  ") }
    sink.append("],\n  \"mentions\": [")
    var mentionSection = SpillSection(.mentions, quotedIDs: quotedIDs)
    try renderHeldLines({ $0.mentionLines }, in: &mentionSection, to: &sink)
    try mentionSection.render(mentions.url, to: &sink)
    mentionSection.finish(to: &sink)
    sink.append("],\n  \"quotes\": [")
    var quoteSection = SpillSection(.quotes, quotedIDs: quotedIDs)
    try renderHeldLines({ $0.quoteLines }, in: &quoteSection, to: &sink)
    try quoteSection.render(quotes.url, to: &sink)
    quoteSection.finish(to: &sink)
    sink.append("]\n}\n")
  }
}

extension GraphBuilder {
  /// Renders the held documents' mention or quote lines into `section`'s items, reading stored ones into one buffer.
  private func renderHeldLines(_ lines: (Held) -> FragmentLines, in section: inout SpillSection, to sink: inout some ByteSink) throws {
    var buffer: [UInt8] = []
    for document in held {
      try lines(document).withBytes(readingInto: &buffer) { section.render($0, entryOrdinals: document.entryOrdinals, to: &sink) }
    }
  }

  /// The graph of `results` as a value: for tests and small inputs.
  public static func build(_ results: [DocumentResult]) throws -> JSONValue {
    try build(fragments: results.map(GraphFragment.init))
  }

  /// The graph of `fragments`, in their order, as a value: for tests and small inputs.
  public static func build(fragments: [GraphFragment]) throws -> JSONValue {
    let builder = try GraphBuilder()
    for fragment in fragments { builder.add(fragment) }
    let text = try builder.text()
    guard let value = JSONValue.parse(Data(text.utf8)) else {
      throw AtomicFile.WriteError(path: "graph", reason: "the graph written is not JSON")
    }
    return value
  }
}
