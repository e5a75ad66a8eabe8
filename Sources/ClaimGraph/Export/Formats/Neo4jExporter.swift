import Foundation

/// CSV files in the layout of Neo4j's bulk importer (`neo4j-admin database
/// import full`): one file per node label with `:ID` and `:LABEL` columns,
/// one per relationship type with `:START_ID`, `:END_ID` and `:TYPE`.
/// Aliases are a `string[]` column split on `;`, the importer's default.
/// Quote texts may hold line breaks, so the import needs `--multiline-fields=true`.
final class Neo4jExporter: GraphExporter {
  private let documents, people, organisations, measures, quotes: TextFileWriter
  private let said, about, mentions, appearsIn: TextFileWriter
  private var documentDates: [String: String] = [:]

  init(folder: URL) throws {
    func file(_ name: String, _ header: [String]) throws -> TextFileWriter {
      let writer = try TextFileWriter(creating: folder.appendingPathComponent(name))
      try writer.write(CSVField.header(header))
      return writer
    }
    let entityColumns = ["id:ID", "name", "aliases:string[]", "mentions:int", "quotes:int", ":LABEL"]
    documents = try file("documents.csv", ["id:ID", "documentId", "title", "path", "date", "sentences:int", ":LABEL"])
    people = try file("people.csv", entityColumns)
    organisations = try file("organisations.csv", entityColumns)
    measures = try file("measures.csv", entityColumns)
    quotes = try file("quotes.csv", ["id:ID", "kind", "text", "speakerName", "mention", "cue", "date", "start:int", "end:int", ":LABEL"])
    said = try file("said.csv", [":START_ID", ":END_ID", ":TYPE"])
    about = try file("about.csv", [":START_ID", ":END_ID", "position:int", ":TYPE"])
    mentions = try file("mentions.csv", [":START_ID", ":END_ID", "text", "start:int", "end:int", ":TYPE"])
    appearsIn = try file("appears_in.csv", [":START_ID", ":END_ID", "sentence:int", ":TYPE"])
  }

  private var files: [TextFileWriter] { [documents, people, organisations, measures, quotes, said, about, mentions, appearsIn] }

  func add(_ record: GraphRecord) throws {
    switch record {
    case .document(let document):
      if let date = document.date { documentDates[document.id] = date }
      try documents.write(CSVField.row([
        .text(GraphNode.documentID(document.id)), .text(document.id), .text(document.title), .text(document.path),
        .optional(document.date), .integer(document.sentences), .text(GraphNode.documentLabel),
      ]))
    case .entity(let entity):
      let file: TextFileWriter
      switch entity.type {
      case .person: file = people
      case .org: file = organisations
      default: file = measures
      }
      try file.write(CSVField.row([
        .text(entity.id), .text(entity.name), .text(entity.aliases.joined(separator: ";")),
        .integer(entity.mentions), .integer(entity.quotes), .text(GraphNode.label(entity.type)),
      ]))
    case .mention(let mention):
      guard let entity = mention.entity else { return }
      try mentions.write(CSVField.row([
        .text(GraphNode.documentID(mention.document)), .text(entity), .text(mention.text),
        .integer(mention.start), .integer(mention.end), .text(GraphRelationship.mentions.rawValue),
      ]))
    case .quote(let quote):
      try quotes.write(CSVField.row([
        .text(quote.id), .text(quote.kind), .text(quote.text), .optional(quote.speakerName), .optional(quote.mention),
        .text(quote.cue), .optional(documentDates[quote.document]), .integer(quote.start), .integer(quote.end),
        .text(GraphNode.quoteLabel),
      ]))
      try appearsIn.write(CSVField.row([
        .text(quote.id), .text(GraphNode.documentID(quote.document)), .integer(quote.sentence),
        .text(GraphRelationship.appearsIn.rawValue),
      ]))
      if let speaker = quote.speaker {
        try said.write(CSVField.row([.text(speaker), .text(quote.id), .text(GraphRelationship.said.rawValue)]))
      }
      for (position, measure) in quote.measures.enumerated() {
        try about.write(CSVField.row([.text(quote.id), .text(measure), .integer(position), .text(GraphRelationship.about.rawValue)]))
      }
    }
  }

  func finish() throws {
    for file in files { try file.close() }
  }
}
