import Foundation

/// `graph.jsonld`: the graph as JSON-LD with schema.org types, so that it
/// loads into an RDF store. Documents are `Article`s that `mention` the
/// entities and amounts they name; people are `Person`s, organisations
/// `Organization`s, measures `Legislation`; each statement is a `Quotation`
/// whose `creator` is the speaker, `about` the measures and `isPartOf` the
/// article; amounts of money are `MonetaryAmount`s. What schema.org has no
/// term for (a quote's kind, cue and offsets) is in the `cg:` vocabulary.
///
/// The context is given inline, so that nothing is fetched when the file is
/// read; node ids are `urn:claimgraph:` URNs.
final class JSONLDExporter: GraphExporter {
  private let file: TextFileWriter
  private var first = true
  /// What the current document mentions, written as one node when the next document's mentions begin.
  private var mentioned: (document: String, ids: [String], seen: Set<String>) = ("", [], [])

  static let vocabulary = "https://claimgraph.org/vocab#"

  init(folder: URL) throws {
    file = try TextFileWriter(creating: folder.appendingPathComponent("graph.jsonld"))
    let context = JSONValue.object([
      ("@vocab", .string("https://schema.org/")),
      ("cg", .string(Self.vocabulary)),
      ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
      ("datePublished", .object([("@type", .string("xsd:date"))])),
    ])
    try file.write("{\n  \"@context\": " + context.serialized() + ",\n  \"@graph\": [")
  }

  /// ASCII letters and digits and `-._~:`: what a URN keeps unencoded.
  private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:")

  static func iri(_ id: String) -> String {
    "urn:claimgraph:" + (id.addingPercentEncoding(withAllowedCharacters: unreserved) ?? id)
  }

  private static func reference(_ id: String) -> JSONValue { .object([("@id", .string(iri(id)))]) }

  private static func documentIRI(_ id: String) -> String { "document:" + id }

  func add(_ record: GraphRecord) throws {
    switch record {
    case .document(let document):
      var members: [(String, JSONValue)] = [
        ("@id", .string(Self.iri(Self.documentIRI(document.id)))), ("@type", .string("Article")),
        ("identifier", .string(document.id)), ("name", .string(document.title)), ("cg:path", .string(document.path)),
      ]
      if let date = document.date, date.count == 10 { members.append(("datePublished", .string(date))) }
      try node(members)
    case .entity(let entity):
      try node([
        ("@id", .string(Self.iri(entity.id))), ("@type", .string(Self.type(entity.type))), ("name", .string(entity.name)),
        ("alternateName", .array(entity.aliases.filter { $0 != entity.name }.map(JSONValue.string))),
      ])
    case .mention(let mention):
      if mention.document != mentioned.document { try flushMentions(); mentioned.document = mention.document }
      if let entity = mention.entity {
        if mentioned.seen.insert(entity).inserted { mentioned.ids.append(entity) }
      } else if mention.label == .money, let amount = mention.amount, let currency = mention.currency {
        let id = "money:\(mention.document):\(mention.start)"
        var members: [(String, JSONValue)] = [
          ("@id", .string(Self.iri(id))), ("@type", .string("MonetaryAmount")), ("name", .string(mention.text)),
          (mention.maxAmount == nil ? "value" : "minValue", .decimal(amount)), ("currency", .string(currency)),
        ]
        if let maximum = mention.maxAmount { members.append(("maxValue", .decimal(maximum))) }
        try node(members)
        mentioned.ids.append(id)
      }
    case .quote(let quote):
      try flushMentions()
      var members: [(String, JSONValue)] = [
        ("@id", .string(Self.iri(quote.id))), ("@type", .string("Quotation")), ("text", .string(quote.text)),
        ("isPartOf", Self.reference(Self.documentIRI(quote.document))),
      ]
      if let speaker = quote.speaker {
        members.append(("creator", Self.reference(speaker)))
      } else if let name = quote.speakerName {
        members.append(("creator", .object([("@type", .string("Thing")), ("name", .string(name))])))
      }
      if !quote.measures.isEmpty { members.append(("about", .array(quote.measures.map(Self.reference)))) }
      members += [
        ("cg:kind", .string(quote.kind)), ("cg:cue", .string(quote.cue)),
        ("cg:startOffset", .int(quote.start)), ("cg:endOffset", .int(quote.end)), ("cg:sentence", .int(quote.sentence)),
      ]
      if let mention = quote.mention { members.append(("cg:speakerMention", .string(mention))) }
      try node(members)
    }
  }

  private static func type(_ label: EntityLabel) -> String {
    switch label {
    case .person: return "Person"
    case .org: return "Organization"
    case .law: return "Legislation"
    case .date, .money: return "Thing"
    }
  }

  private func flushMentions() throws {
    defer { mentioned = ("", [], []) }
    guard !mentioned.ids.isEmpty else { return }
    try node([("@id", .string(Self.iri(Self.documentIRI(mentioned.document)))),
              ("mentions", .array(mentioned.ids.map(Self.reference)))])
  }

  private func node(_ members: [(String, JSONValue)]) throws {
    try file.write((first ? "\n    " : ",\n    ") + JSONValue.object(members).serialized())
    first = false
  }

  func finish() throws {
    try flushMentions()
    try file.write(first ? "]\n}\n" : "\n  ]\n}\n")
    try file.close()
  }
}
