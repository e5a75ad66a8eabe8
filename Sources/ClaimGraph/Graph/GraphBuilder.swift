/// Builds the knowledge graph from every document's result, after all
/// workers are done: canonical entities merged across documents, with
/// aliases and mention counts, and quotes linked to speakers and measures.
///
/// Entities are merged by type and the slug of their in-document canonical
/// name; a person known somewhere only by a surname (`Tokayev`) joins the one
/// person in the corpus whose full name ends with it. Everything is sorted,
/// so the graph does not depend on the order work finished in.
public struct GraphBuilder {
  public static let schemaVersion = "1.0"

  public init() {}

  struct Entity {
    var label: EntityLabel
    var names: [String: Int] = [:]
    var aliases: Set<String> = []
    var mentions = 0
    var documents: Set<String> = []
    var quotes = 0
  }

  public func build(_ results: [DocumentResult]) -> JSONValue {
    let named: Set<EntityLabel> = [.person, .org, .law]
    var keyFor: [String: String] = [:]  // "label|canonical" → entity id
    var entities: [String: Entity] = [:]
    let fullSurnames = uniqueSurnames(results)

    func id(_ label: EntityLabel, _ canonical: String) -> String {
      let cacheKey = label.rawValue + "|" + canonical
      if let known = keyFor[cacheKey] { return known }
      var name = canonical
      if label == .person, !canonical.contains(" "), let full = fullSurnames[EntityID.slug(canonical)] { name = full }
      let entityID = EntityID.make(label, name)
      keyFor[cacheKey] = entityID
      return entityID
    }

    for result in results {
      for mention in result.entities where named.contains(mention.label) {
        let entityID = id(mention.label, mention.canonical)
        var entity = entities[entityID] ?? Entity(label: mention.label)
        entity.names[mention.canonical, default: 0] += 1
        entity.aliases.insert(mention.text)
        entity.mentions += 1
        entity.documents.insert(result.input.id)
        entities[entityID] = entity
      }
      for quote in result.quotes {
        guard let speaker = quote.speaker, let label = quote.speakerLabel else { continue }
        entities[id(label, speaker)]?.quotes += 1
      }
    }

    var documents: [JSONValue] = []
    var mentions: [JSONValue] = []
    var quotes: [JSONValue] = []
    for result in results {
      documents.append(.object([
        ("id", .string(result.input.id)),
        ("path", .string(result.input.path)),
        ("title", .string(result.title)),
        ("date", result.date.map { .string($0.iso) } ?? .null),
        ("sentences", .int(result.sentenceCount)),
      ]))
      for mention in result.entities {
        var members: [(String, JSONValue)] = [
          ("document", .string(result.input.id)),
          ("entity", named.contains(mention.label) ? .string(id(mention.label, mention.canonical)) : .null),
          ("label", .string(mention.label.rawValue)),
          ("text", .string(mention.text)),
          ("start", .int(mention.range.lowerBound)),
          ("end", .int(mention.range.upperBound)),
        ]
        if let norm = mention.norm { members.append(("norm", AnnotationJSON.encode(norm))) }
        if let original = mention.conversionOf {
          members.append(("conversionOf", .array([.int(original.lowerBound), .int(original.upperBound)])))
        }
        mentions.append(.object(members))
      }
      for (number, quote) in result.quotes.enumerated() {
        let measures = quote.about.map { JSONValue.string(id(.law, $0)) }
        quotes.append(.object([
          ("id", .string("quote:\(result.input.id):\(number + 1)")),
          ("document", .string(result.input.id)),
          ("kind", .string(quote.kind.rawValue)),
          ("speaker", quote.speaker.flatMap { name in quote.speakerLabel.map { .string(id($0, name)) } } ?? .null),
          ("speakerName", quote.speaker.map(JSONValue.string) ?? .null),
          ("mention", quote.mention.map(JSONValue.string) ?? .null),
          ("cue", .string(quote.cue)),
          ("text", .string(quote.text)),
          ("start", .int(quote.range.lowerBound)),
          ("end", .int(quote.range.upperBound)),
          ("sentence", .int(quote.sentence)),
          ("measures", .array(measures)),
        ]))
      }
    }

    let entityValues: [JSONValue] = entities.keys.sorted().map { entityID in
      let entity = entities[entityID]!
      let name = entity.names.max { ($0.key.unicodeScalars.count, $1.key) < ($1.key.unicodeScalars.count, $0.key) }!.key
      return .object([
        ("id", .string(entityID)),
        ("type", .string(entity.label.rawValue)),
        ("name", .string(name)),
        ("aliases", .array(entity.aliases.sorted().map(JSONValue.string))),
        ("mentions", .int(entity.mentions)),
        ("quotes", .int(entity.quotes)),
        ("documents", .array(entity.documents.sorted().map(JSONValue.string))),
      ])
    }
    return .object([
      ("version", .string(Self.schemaVersion)),
      ("documents", .array(documents)),
      ("entities", .array(entityValues)),
      ("mentions", .array(mentions)),
      ("quotes", .array(quotes)),
    ])
  }

  /// Surname slug → full name, for surnames that end exactly one full person name in the corpus.
  private func uniqueSurnames(_ results: [DocumentResult]) -> [String: String] {
    var candidates: [String: Set<String>] = [:]
    for result in results {
      for mention in result.entities where mention.label == .person && mention.canonical.contains(" ") {
        guard let last = mention.canonical.split(separator: " ").last else { continue }
        candidates[EntityID.slug(String(last)), default: []].insert(mention.canonical)
      }
    }
    return candidates.compactMapValues { $0.count == 1 ? $0.first : nil }
  }
}
