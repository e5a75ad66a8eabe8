import Foundation

/// The graph as relational tables (see ``SQLSchema``): `schema.sql` and
/// `indexes.sql`, one CSV file per table (RFC 4180, header row, empty
/// unquoted field for NULL), and load scripts for each database's own bulk
/// loader: `load_postgres.sql` (`\copy`) and `load_sqlite.sql` (`.import`).
final class SQLExporter: GraphExporter {
  private let folder: URL
  private let documents, entities, aliases, mentions, quotes, quoteMeasures: TextFileWriter
  private var mentionPosition = (document: "", position: 0)

  init(folder: URL) throws {
    self.folder = folder
    var writers: [String: TextFileWriter] = [:]
    for table in SQLSchema.columns {
      let writer = try TextFileWriter(creating: folder.appendingPathComponent(table.table + ".csv"))
      try writer.write(CSVField.header(table.columns))
      writers[table.table] = writer
    }
    documents = writers["documents"]!
    entities = writers["entities"]!
    aliases = writers["aliases"]!
    mentions = writers["mentions"]!
    quotes = writers["quotes"]!
    quoteMeasures = writers["quote_measures"]!
  }

  func add(_ record: GraphRecord) throws {
    switch record {
    case .document(let document):
      try documents.write(CSVField.row([.text(document.id), .text(document.path), .text(document.title),
                                        .optional(document.date), .integer(document.sentences)]))
    case .entity(let entity):
      try entities.write(CSVField.row([.text(entity.id), .text(entity.type.rawValue), .text(entity.name),
                                       .integer(entity.mentions), .integer(entity.quotes)]))
      for alias in entity.aliases { try aliases.write(CSVField.row([.text(entity.id), .text(alias)])) }
    case .mention(let mention):
      mentionPosition = mention.document == mentionPosition.document ? (mention.document, mentionPosition.position + 1) : (mention.document, 1)
      try mentions.write(CSVField.row([
        .text(mention.document), .integer(mentionPosition.position), .optional(mention.entity), .text(mention.label.rawValue),
        .text(mention.text), .integer(mention.start), .integer(mention.end), .optional(mention.date),
        .optional(mention.amount), .optional(mention.maxAmount), .optional(mention.currency),
      ]))
    case .quote(let quote):
      try quotes.write(CSVField.row([
        .text(quote.id), .text(quote.document), .integer(Self.position(of: quote)), .text(quote.kind),
        .optional(quote.speaker), .optional(quote.speakerName), .optional(quote.mention), .text(quote.cue), .text(quote.text),
        .integer(quote.start), .integer(quote.end), .integer(quote.sentence),
      ]))
      var seen = Set<String>()
      for (position, measure) in quote.measures.enumerated() where seen.insert(measure).inserted {
        try quoteMeasures.write(CSVField.row([.text(quote.id), .text(measure), .integer(position + 1)]))
      }
    }
  }

  /// The `n` of `quote:<document>:<n>`.
  private static func position(of quote: GraphRecord.Quote) -> Int {
    quote.id.split(separator: ":").last.flatMap { Int($0) } ?? 0
  }

  func finish() throws {
    for file in [documents, entities, aliases, mentions, quotes, quoteMeasures] { try file.close() }
    for (name, text) in [("schema.sql", SQLSchema.tables), ("indexes.sql", SQLSchema.indexes),
                         ("load_postgres.sql", SQLSchema.postgresLoad), ("load_sqlite.sql", SQLSchema.sqliteLoad)] {
      try AtomicFile.write(text, to: folder.appendingPathComponent(name).path)
    }
  }
}
