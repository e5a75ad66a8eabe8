/// Node ids and labels shared by the node-and-relationship exports (JSON
/// Lines, Neo4j): entity and quote ids as in the graph, document ids
/// prefixed so that no file stem can collide with them.
enum GraphNode {
  static func documentID(_ id: String) -> String { "document:" + id }

  static let documentLabel = "Document"
  static let quoteLabel = "Quote"

  static func label(_ type: EntityLabel) -> String {
    switch type {
    case .person: return "Person"
    case .org: return "Organization"
    case .law: return "Measure"
    case .date: return "Date"
    case .money: return "MonetaryAmount"
    }
  }
}

/// Relationship types of the node-and-relationship exports.
enum GraphRelationship: String {
  /// Person or organisation → the quote attributed to it.
  case said = "SAID"
  /// Quote → measure it is about, with `position` in the quote's list.
  case about = "ABOUT"
  /// Document → entity, one per mention, with its offsets.
  case mentions = "MENTIONS"
  /// Quote → the document it appears in, with its sentence.
  case appearsIn = "APPEARS_IN"
}
