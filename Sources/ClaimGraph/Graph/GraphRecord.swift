import Foundation

/// One line of `graph.json` as a typed value: what exporters, `claimgraph
/// quotes` and the quote browser read back from the graph.
public enum GraphRecord: Sendable {
  case document(Document)
  case entity(Entity)
  case mention(Mention)
  case quote(Quote)

  /// A source document (`documents[]`).
  public struct Document: Sendable, Equatable {
    public let id: String
    public let path: String
    public let title: String
    /// The reference date the text fixes (ISO 8601), if any.
    public let date: String?
    public let sentences: Int
  }

  /// A canonical PERSON, ORG or LAW (`entities[]`).
  public struct Entity: Sendable, Equatable {
    public let id: String
    public let type: EntityLabel
    public let name: String
    public let aliases: [String]
    public let mentions: Int
    public let quotes: Int
    public let documents: [String]
  }

  /// One entity mention, with unicode scalar offsets into its document (`mentions[]`).
  public struct Mention: Sendable, Equatable {
    public let document: String
    /// The canonical entity; nil for DATE and MONEY.
    public let entity: String?
    public let label: EntityLabel
    public let text: String
    public let start: Int
    public let end: Int
    /// ISO 8601 for a DATE.
    public let date: String?
    /// Amount, upper bound of a range and ISO 4217 currency for a MONEY.
    public let amount: Decimal?
    public let maxAmount: Decimal?
    public let currency: String?
  }

  /// One attributed statement (`quotes[]`).
  public struct Quote: Sendable, Equatable {
    public let id: String
    public let document: String
    public let kind: String
    /// The speaker's entity id; nil when the speaker is not a named person or organisation.
    public let speaker: String?
    public let speakerName: String?
    public let mention: String?
    public let cue: String
    public let text: String
    public let start: Int
    public let end: Int
    public let sentence: Int
    /// LAW entity ids, in the order the statement names them.
    public let measures: [String]
  }
}

extension GraphRecord {
  /// The record a member of the graph's `section` array holds, or nil when it lacks a required field.
  init?(section: String, json: JSONValue) {
    switch section {
    case "documents":
      guard let id = json["id"]?.stringValue else { return nil }
      self = .document(Document(id: id, path: json["path"]?.stringValue ?? "", title: json["title"]?.stringValue ?? "",
                                date: json["date"]?.stringValue, sentences: json["sentences"]?.intValue ?? 0))
    case "entities":
      guard let id = json["id"]?.stringValue, let type = json["type"]?.stringValue.flatMap(EntityLabel.init(rawValue:)),
            let name = json["name"]?.stringValue else { return nil }
      self = .entity(Entity(id: id, type: type, name: name, aliases: json["aliases"]?.stringArray ?? [],
                            mentions: json["mentions"]?.intValue ?? 0, quotes: json["quotes"]?.intValue ?? 0,
                            documents: json["documents"]?.stringArray ?? []))
    case "mentions":
      guard let document = json["document"]?.stringValue, let label = json["label"]?.stringValue.flatMap(EntityLabel.init(rawValue:)),
            let start = json["start"]?.intValue, let end = json["end"]?.intValue else { return nil }
      let norm = json["norm"]
      self = .mention(Mention(document: document, entity: json["entity"]?.stringValue, label: label,
                              text: json["text"]?.stringValue ?? "", start: start, end: end,
                              date: norm?.stringValue, amount: norm?["amount"]?.decimalValue,
                              maxAmount: norm?["max"]?.decimalValue, currency: norm?["currency"]?.stringValue))
    case "quotes":
      guard let id = json["id"]?.stringValue, let document = json["document"]?.stringValue,
            let start = json["start"]?.intValue, let end = json["end"]?.intValue else { return nil }
      self = .quote(Quote(id: id, document: document, kind: json["kind"]?.stringValue ?? "",
                          speaker: json["speaker"]?.stringValue, speakerName: json["speakerName"]?.stringValue,
                          mention: json["mention"]?.stringValue, cue: json["cue"]?.stringValue ?? "",
                          text: json["text"]?.stringValue ?? "", start: start, end: end,
                          sentence: json["sentence"]?.intValue ?? 0, measures: json["measures"]?.stringArray ?? []))
    default:
      return nil
    }
  }
}

extension JSONValue {
  var stringArray: [String]? { arrayValue?.compactMap(\.stringValue) }
}
