import Foundation

/// `graph.jsonl`: one node or relationship a line, in the shape of Neo4j
/// APOC's JSON export, so that any loader that reads JSON Lines can take it:
///
///     {"type":"node","id":"person:erlan-karin","labels":["Person"],"properties":{"name":"Erlan Karin",…}}
///     {"type":"relationship","label":"SAID","start":"person:erlan-karin","end":"quote:000_x:1","properties":{}}
///
/// Nodes come before the relationships that name them.
final class JSONLinesExporter: GraphExporter {
  private let file: TextFileWriter
  private var documentDates: [String: String] = [:]

  init(folder: URL) throws {
    file = try TextFileWriter(creating: folder.appendingPathComponent("graph.jsonl"))
  }

  func add(_ record: GraphRecord) throws {
    switch record {
    case .document(let document):
      if let date = document.date { documentDates[document.id] = date }
      try node(GraphNode.documentID(document.id), GraphNode.documentLabel, [
        ("documentId", .string(document.id)),
        ("title", .string(document.title)),
        ("path", .string(document.path)),
        ("date", document.date.map(JSONValue.string) ?? .null),
        ("sentences", .int(document.sentences)),
      ])
    case .entity(let entity):
      try node(entity.id, GraphNode.label(entity.type), [
        ("name", .string(entity.name)),
        ("aliases", .array(entity.aliases.map(JSONValue.string))),
        ("mentions", .int(entity.mentions)),
        ("quotes", .int(entity.quotes)),
      ])
    case .mention(let mention):
      guard let entity = mention.entity else { return }
      try relationship(.mentions, from: GraphNode.documentID(mention.document), to: entity,
                       [("text", .string(mention.text)), ("start", .int(mention.start)), ("end", .int(mention.end))])
    case .quote(let quote):
      try node(quote.id, GraphNode.quoteLabel, [
        ("kind", .string(quote.kind)),
        ("text", .string(quote.text)),
        ("speakerName", quote.speakerName.map(JSONValue.string) ?? .null),
        ("mention", quote.mention.map(JSONValue.string) ?? .null),
        ("cue", .string(quote.cue)),
        ("date", documentDates[quote.document].map(JSONValue.string) ?? .null),
        ("start", .int(quote.start)),
        ("end", .int(quote.end)),
      ])
      try relationship(.appearsIn, from: quote.id, to: GraphNode.documentID(quote.document), [("sentence", .int(quote.sentence))])
      if let speaker = quote.speaker { try relationship(.said, from: speaker, to: quote.id, []) }
      for (position, measure) in quote.measures.enumerated() {
        try relationship(.about, from: quote.id, to: measure, [("position", .int(position))])
      }
    }
  }

  func finish() throws { try file.close() }

  private func node(_ id: String, _ label: String, _ properties: [(String, JSONValue)]) throws {
    try file.writeLine(JSONValue.object([
      ("type", .string("node")), ("id", .string(id)), ("labels", .array([.string(label)])), ("properties", .object(properties)),
    ]).serialized())
  }

  private func relationship(_ type: GraphRelationship, from start: String, to end: String, _ properties: [(String, JSONValue)]) throws {
    try file.writeLine(JSONValue.object([
      ("type", .string("relationship")), ("label", .string(type.rawValue)),
      ("start", .string(start)), ("end", .string(end)), ("properties", .object(properties)),
    ]).serialized())
  }
}
