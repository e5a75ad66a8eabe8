import Foundation

/// What the graph has counted of its documents: every entity key a document
/// refers to, by ordinal, with what the documents' mentions say of it and how
/// many quotes it is the speaker of, and the documents' ids in the order they
/// were counted.
///
/// The counts do not depend on that order, so a run can go on from the totals
/// of the last one (see ``GraphCheckpoint``) and count only the documents added
/// since. A value, so that a run saves them while the graph is written.
struct GraphTotals: Sendable {
  /// What the documents' mentions say of one key (`PERSON|Erlan Karin`).
  struct Entity: Sendable, Equatable {
    let label: EntityLabel
    let canonical: String
    var aliases: Set<String> = []
    var mentions = 0
    /// Ordinals into ``GraphTotals/documentIDs``: a few bytes each, however many documents name the entity.
    var documents: [Int] = []
  }

  private(set) var keys: [String] = []
  private var ordinals: [String: Int] = [:]
  /// By ordinal; nil for a key that no mention names (a speaker or measure only quotes refer to).
  private(set) var entities: [Entity?] = []
  /// By ordinal: how many quotes each key is the speaker of.
  private(set) var quotes: [Int] = []
  private(set) var documentIDs: [String] = []
  /// Surname slug → the full names of the persons whose names end with it.
  private(set) var surnames: [String: Set<String>] = [:]
  /// By ordinal, the aliases the last document to name the entity gave: most documents give the same as the
  /// one before, and comparing the lists costs far less than hashing every alias into the set again.
  private var lastAliases: [[String]] = []

  init() {}

  /// Totals as ``GraphCheckpoint`` reads them back; nil unless every ordinal in them is in range.
  init?(keys: [String], entities: [Entity?], quotes: [Int], documentIDs: [String]) {
    guard entities.count == keys.count, quotes.count == keys.count,
          entities.allSatisfy({ $0?.documents.allSatisfy { $0 >= 0 && $0 < documentIDs.count } ?? true }) else { return nil }
    self.keys = keys
    ordinals = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    guard ordinals.count == keys.count else { return nil }
    self.entities = entities
    self.quotes = quotes
    self.documentIDs = documentIDs
    lastAliases = Array(repeating: [], count: keys.count)
    for case let entity? in entities { fileSurname(of: entity) }
  }

  /// Counts one document's fragment as the next document.
  /// - Returns: the document's ordinal, and the ordinal of each of the fragment's entries.
  mutating func count(_ fragment: GraphFragment) -> (document: Int, entryOrdinals: [Int]) {
    let document = documentIDs.count
    documentIDs.append(fragment.documentID)
    var places: [Int] = []
    places.reserveCapacity(fragment.entries.count)
    for entry in fragment.entries {
      let ordinal = ordinal(of: entry.key)
      places.append(ordinal)
      quotes[ordinal] += entry.quotes
      guard let name = entry.name else { continue }
      if entities[ordinal] == nil {
        guard let (label, canonical) = GraphFragment.parts(of: entry.key) else { continue }
        entities[ordinal] = Entity(label: label, canonical: canonical)
        fileSurname(of: entities[ordinal]!)
      }
      if name.aliases != lastAliases[ordinal] {
        entities[ordinal]!.aliases.formUnion(name.aliases)
        lastAliases[ordinal] = name.aliases
      }
      entities[ordinal]!.mentions += name.mentions
      entities[ordinal]!.documents.append(document)
    }
    return (document, places)
  }

  /// Files a person's full name under its surname's slug, by which a surname alone elsewhere finds it.
  private mutating func fileSurname(of entity: Entity) {
    guard let surname = GraphFragment.surname(of: entity.canonical, label: entity.label) else { return }
    surnames[surname, default: []].insert(entity.canonical)
  }

  private mutating func ordinal(of key: String) -> Int {
    if let ordinal = ordinals[key] { return ordinal }
    keys.append(key)
    entities.append(nil)
    quotes.append(0)
    lastAliases.append([])
    ordinals[key] = keys.count - 1
    return keys.count - 1
  }
}
