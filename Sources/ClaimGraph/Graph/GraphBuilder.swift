import Foundation

/// Builds the knowledge graph from every document's result: canonical
/// entities merged across documents, with aliases and mention counts, and
/// quotes linked to speakers and measures.
///
/// Documents are added one at a time, in their final order, and their
/// mentions and quotes go straight to spill files, so memory holds only the
/// entity table, whatever the size of the corpus. Entity ids are settled at
/// the end: entities are merged by type and the slug of their in-document
/// canonical name, and a person known somewhere only by a surname
/// (`Tokayev`) joins the one person in the corpus whose full name ends with it.
///
/// The graph is written with one document, entity, mention or quote per line
/// (compact JSON) inside a pretty top level, so that line tools and streaming
/// loaders can read it too.
public final class GraphBuilder {
  public static let schemaVersion = "1.0"

  private struct Entity {
    var label: EntityLabel
    var names: [String: Int] = [:]
    var aliases: Set<String> = []
    var mentions = 0
    /// Ordinals into `documentIDs`: a few bytes each, however many documents name the entity.
    var documents: Set<Int> = []
    var quotes = 0
  }

  private static let named: Set<EntityLabel> = [.person, .org, .law]
  /// Separates the fields of a spilled line; compact JSON never holds a raw tab.
  private static let field: Character = "\t"
  private static let listSeparator: Character = "\u{1F}"

  private let spill: URL
  private let documents: FileHandle
  private let mentions: FileHandle
  private let quotes: FileHandle
  private var entities: [String: Entity] = [:]  // keyed by "LABEL|canonical"
  private var documentIDs: [String] = []
  private var surnames: [String: Set<String>] = [:]  // surname slug → full person names

  /// - Parameter folder: where the spill files go (a temporary folder by default); removed when done.
  public init(spillingInto folder: URL? = nil) throws {
    spill = (folder ?? FileManager.default.temporaryDirectory)
      .appendingPathComponent("claimgraph-graph-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: spill, withIntermediateDirectories: true)
    documents = try Self.create(spill.appendingPathComponent("documents"))
    mentions = try Self.create(spill.appendingPathComponent("mentions"))
    quotes = try Self.create(spill.appendingPathComponent("quotes"))
  }

  private static func create(_ url: URL) throws -> FileHandle {
    FileManager.default.createFile(atPath: url.path, contents: nil)
    return try FileHandle(forWritingTo: url)
  }

  deinit {
    try? documents.close()
    try? mentions.close()
    try? quotes.close()
    try? FileManager.default.removeItem(at: spill)
  }

  private static func key(_ label: EntityLabel, _ canonical: String) -> String { label.rawValue + "|" + canonical }

  /// Adds one document; documents appear in the graph in the order they are added.
  public func add(_ result: DocumentResult) {
    let documentID = JSONValue.string(result.input.id).serialized()
    let ordinal = documentIDs.count
    documentIDs.append(result.input.id)
    let line = JSONValue.object([
      ("id", .string(result.input.id)),
      ("path", .string(result.input.path)),
      ("title", .string(result.title)),
      ("date", result.date.map { .string($0.iso) } ?? .null),
      ("sentences", .int(result.sentenceCount)),
    ]).serialized()
    documents.write(Data((line + "\n").utf8))

    var spilled = ""
    for mention in result.entities {
      let isNamed = Self.named.contains(mention.label)
      if isNamed {
        let key = Self.key(mention.label, mention.canonical)
        var entity = entities[key] ?? Entity(label: mention.label)
        entity.names[mention.canonical, default: 0] += 1
        entity.aliases.insert(mention.text)
        entity.mentions += 1
        entity.documents.insert(ordinal)
        entities[key] = entity
        if mention.label == .person, mention.canonical.contains(" "), let last = mention.canonical.split(separator: " ").last {
          surnames[EntityID.slug(String(last)), default: []].insert(mention.canonical)
        }
      }
      var tail: [(String, JSONValue)] = [
        ("label", .string(mention.label.rawValue)),
        ("text", .string(mention.text)),
        ("start", .int(mention.range.lowerBound)),
        ("end", .int(mention.range.upperBound)),
      ]
      if let norm = mention.norm { tail.append(("norm", AnnotationJSON.encode(norm))) }
      if let original = mention.conversionOf { tail.append(("conversionOf", .array([.int(original.lowerBound), .int(original.upperBound)]))) }
      let rest = String(JSONValue.object(tail).serialized().dropFirst())
      spilled += (isNamed ? Self.key(mention.label, mention.canonical) : "") + String(Self.field)
        + "{\"document\":" + documentID + ",\"entity\":" + String(Self.field) + "," + rest + "\n"
    }
    mentions.write(Data(spilled.utf8))

    spilled = ""
    for (number, quote) in result.quotes.enumerated() {
      let speakerKey = quote.speaker.flatMap { name in quote.speakerLabel.map { Self.key($0, name) } } ?? ""
      if !speakerKey.isEmpty, entities[speakerKey] != nil { entities[speakerKey]!.quotes += 1 }
      let head = JSONValue.object([
        ("id", .string("quote:\(result.input.id):\(number + 1)")),
        ("document", .string(result.input.id)),
        ("kind", .string(quote.kind.rawValue)),
      ]).serialized().dropLast()
      let middle = JSONValue.object([
        ("speakerName", quote.speaker.map(JSONValue.string) ?? .null),
        ("mention", quote.mention.map(JSONValue.string) ?? .null),
        ("cue", .string(quote.cue)),
        ("text", .string(quote.text)),
        ("start", .int(quote.range.lowerBound)),
        ("end", .int(quote.range.upperBound)),
        ("sentence", .int(quote.sentence)),
      ]).serialized().dropFirst().dropLast()
      let measures = quote.about.map { Self.key(.law, $0) }.joined(separator: String(Self.listSeparator))
      spilled += [speakerKey, measures, head + ",\"speaker\":", "," + middle + ",\"measures\":"].joined(separator: String(Self.field)) + "\n"
    }
    quotes.write(Data(spilled.utf8))
  }

  /// Writes the graph to `output` (atomically, when it is a path).
  public func write(to path: String) throws {
    let temporary = URL(fileURLWithPath: path).deletingLastPathComponent()
      .appendingPathComponent(".\(URL(fileURLWithPath: path).lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: temporary.deletingLastPathComponent(), withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: temporary.path, contents: nil)
    let output = try FileHandle(forWritingTo: temporary)
    do {
      try write { output.write(Data($0.utf8)) }
      try output.close()
    } catch {
      try? output.close()
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    guard rename(temporary.path, path) == 0 else {
      throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno)))
    }
  }

  /// The graph as one string (for tests and small corpora).
  public func text() throws -> String {
    var text = ""
    try write { text += $0 }
    return text
  }

  private func write(_ emit: (String) -> Void) throws {
    for handle in [documents, mentions, quotes] { try handle.synchronize() }
    let uniqueSurnames = surnames.compactMapValues { $0.count == 1 ? $0.first : nil }
    func id(forKey key: String) -> String {
      guard let bar = key.firstIndex(of: "|"), let label = EntityLabel(rawValue: String(key[..<bar])) else { return key }
      var name = String(key[key.index(after: bar)...])
      if label == .person, !name.contains(" "), let full = uniqueSurnames[EntityID.slug(name)] { name = full }
      return EntityID.make(label, name)
    }
    var merged: [String: Entity] = [:]
    for (key, entity) in entities {
      let entityID = id(forKey: key)
      var target = merged[entityID] ?? Entity(label: entity.label)
      target.names.merge(entity.names, uniquingKeysWith: +)
      target.aliases.formUnion(entity.aliases)
      target.mentions += entity.mentions
      target.documents.formUnion(entity.documents)
      target.quotes += entity.quotes
      merged[entityID] = target
    }
    let entityLines = merged.keys.sorted().map { entityID -> String in
      let entity = merged[entityID]!
      let name = entity.names.max { ($0.key.unicodeScalars.count, $1.key) < ($1.key.unicodeScalars.count, $0.key) }!.key
      return JSONValue.object([
        ("id", .string(entityID)),
        ("type", .string(entity.label.rawValue)),
        ("name", .string(name)),
        ("aliases", .array(entity.aliases.sorted().map(JSONValue.string))),
        ("mentions", .int(entity.mentions)),
        ("quotes", .int(entity.quotes)),
        ("documents", .array(Set(entity.documents.map { documentIDs[$0] }).sorted().map(JSONValue.string))),
      ]).serialized()
    }

    emit("{\n  \"version\": \(JSONValue.string(Self.schemaVersion).serialized()),\n  \"documents\": [")
    try section(of: spill.appendingPathComponent("documents"), emit) { String($0) }
    emit("],\n  \"entities\": [")
    emitLines(entityLines, emit)
    emit("],\n  \"mentions\": [")
    try section(of: spill.appendingPathComponent("mentions"), emit) { line in
      let parts = line.split(separator: Self.field, maxSplits: 2, omittingEmptySubsequences: false)
      let entity = parts[0].isEmpty ? "null" : JSONValue.string(id(forKey: String(parts[0]))).serialized()
      return parts[1] + entity + parts[2]
    }
    emit("],\n  \"quotes\": [")
    try section(of: spill.appendingPathComponent("quotes"), emit) { line in
      let parts = line.split(separator: Self.field, maxSplits: 3, omittingEmptySubsequences: false)
      let speaker = parts[0].isEmpty ? "null" : JSONValue.string(id(forKey: String(parts[0]))).serialized()
      let measures = parts[1].isEmpty ? [] : parts[1].split(separator: Self.listSeparator).map { JSONValue.string(id(forKey: String($0))) }
      return parts[2] + speaker + parts[3] + JSONValue.array(measures).serialized() + "}"
    }
    emit("]\n}\n")
  }

  private func emitLines(_ lines: [String], _ emit: (String) -> Void) {
    guard !lines.isEmpty else { return }
    emit("\n    " + lines.joined(separator: ",\n    ") + "\n  ")
  }

  /// Streams a spill file's lines, each rewritten by `line`, as the items of a JSON array.
  private func section(of file: URL, _ emit: (String) -> Void, line: (Substring) -> String) throws {
    let reader = try FileHandle(forReadingFrom: file)
    defer { try? reader.close() }
    var pending = Data()
    var first = true
    func flush(_ chunk: Data, final: Bool) {
      pending.append(chunk)
      while let newline = pending.firstIndex(of: 0x0A) {
        let text = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
        emit((first ? "\n    " : ",\n    ") + line(Substring(text)))
        first = false
        pending.removeSubrange(pending.startIndex...newline)
      }
      if final, !first { emit("\n  ") }
    }
    while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty { flush(chunk, final: false) }
    flush(Data(), final: true)
  }
}

extension GraphBuilder {
  /// The graph of `results` as a value: for tests and small inputs.
  public static func build(_ results: [DocumentResult]) throws -> JSONValue {
    let builder = try GraphBuilder()
    for result in results { builder.add(result) }
    let text = try builder.text()
    guard let value = JSONValue.parse(Data(text.utf8)) else {
      throw AtomicFile.WriteError(path: "graph", reason: "the graph written is not JSON")
    }
    return value
  }
}
