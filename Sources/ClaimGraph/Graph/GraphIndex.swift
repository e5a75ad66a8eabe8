import Foundation

/// The graph's documents, named entities and quotes in memory, looked up by
/// id: what `claimgraph quotes` and `claimgraph site` answer from. Mentions
/// are not kept (they are most of a graph's size and neither needs them).
public struct GraphIndex: Sendable {
  /// Documents in graph order.
  public let documents: [GraphRecord.Document]
  /// PERSON, ORG and LAW entities, sorted by id.
  public let entities: [GraphRecord.Entity]
  /// Quotes in graph order: by document, then position in it.
  public let quotes: [GraphRecord.Quote]

  private let documentPositions: [String: Int]
  private let entityPositions: [String: Int]

  public init(documents: [GraphRecord.Document], entities: [GraphRecord.Entity], quotes: [GraphRecord.Quote]) {
    self.documents = documents
    self.entities = entities
    self.quotes = quotes
    documentPositions = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    entityPositions = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Reads the graph at `path` (see ``GraphReader``).
  public init(graphFile path: String) throws {
    var documents: [GraphRecord.Document] = []
    var entities: [GraphRecord.Entity] = []
    var quotes: [GraphRecord.Quote] = []
    try GraphReader(path: path).forEach { record in
      switch record {
      case .document(let document): documents.append(document)
      case .entity(let entity): entities.append(entity)
      case .quote(let quote): quotes.append(quote)
      case .mention: break
      }
    }
    self.init(documents: documents, entities: entities, quotes: quotes)
  }

  public func document(_ id: String) -> GraphRecord.Document? { documentPositions[id].map { documents[$0] } }
  public func entity(_ id: String) -> GraphRecord.Entity? { entityPositions[id].map { entities[$0] } }

  /// The name to show for an entity id: its fullest name, or the id itself when the graph lacks it.
  public func name(of id: String) -> String { entity(id)?.name ?? id }

  /// Who made a statement: the speaker entity's fullest name, else the name the text gives
  /// (`Freedom on the Net report`); nil for a source the text does not name.
  public func speakerName(of quote: GraphRecord.Quote) -> String? {
    quote.speaker.flatMap { entity($0)?.name } ?? quote.speakerName ?? quote.speaker
  }

  /// The document's reference date, which dates every quote in it.
  public func date(of quote: GraphRecord.Quote) -> String? { document(quote.document)?.date }
}
