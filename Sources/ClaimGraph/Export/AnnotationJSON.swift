import Foundation

/// The per-document annotation: the gold shape of `GUIDELINES.md` plus
/// `start`/`end` scalar offsets on entities and quotes, and `sentences` as
/// `[start, end]` pairs; with the source path, title, canonical names and
/// speaker types, it holds all the graph needs, so that `claimgraph merge`
/// builds from annotations the graph `claimgraph run` builds from texts.
public enum AnnotationJSON {
  public static let formatVersion = "1.0"

  public static func encode(_ document: Document) -> JSONValue {
    .object([
      ("doc", .string(document.id)),
      ("version", .string(formatVersion)),
      ("path", .string(document.path ?? document.id)),
      ("title", .string(document.title)),
      ("date", document.referenceDate?.date.map { .string($0.iso) } ?? .null),
      ("entities", .array(document.entities.map(encode))),
      ("quotes", .array(document.quotes.map(encode))),
      ("sentences", .array(document.sentences.map { .array([.int($0.range.lowerBound), .int($0.range.upperBound)]) })),
    ])
  }

  static func encode(_ mention: EntityMention) -> JSONValue {
    // One allocation for every member: `+=` with an array literal allocated twice more per mention.
    var members: [(String, JSONValue)] = []
    members.reserveCapacity(7)
    members.append(("label", .string(mention.label.rawValue)))
    members.append(("text", .string(mention.text)))
    if let norm = mention.norm { members.append(("norm", encode(norm))) }
    members.append(("start", .int(mention.range.lowerBound)))
    members.append(("end", .int(mention.range.upperBound)))
    if mention.label == .person || mention.label == .org || mention.label == .law { members.append(("canonical", .string(mention.canonical))) }
    if let original = mention.conversionOf { members.append(("conversionOf", .array([.int(original.lowerBound), .int(original.upperBound)]))) }
    return .object(members)
  }

  static func encode(_ norm: Normalization) -> JSONValue {
    switch norm {
    case .date(let iso): return .string(iso)
    case .money(let amount, let currency): return .object([("amount", .decimal(amount)), ("currency", .string(currency))])
    case .moneyRange(let amount, let maximum, let currency):
      return .object([("amount", .decimal(amount)), ("currency", .string(currency)), ("max", .decimal(maximum))])
    }
  }

  static func encode(_ quote: Quote) -> JSONValue {
    .object([
      ("kind", .string(quote.kind.rawValue)),
      ("speaker", quote.speaker.map(JSONValue.string) ?? .null),
      ("speakerType", quote.speakerLabel.map { .string($0.rawValue) } ?? .null),
      ("mention", quote.mention.map(JSONValue.string) ?? .null),
      ("cue", .string(quote.cue)),
      ("text", .string(quote.text)),
      ("about", .array(quote.about.map(JSONValue.string))),
      ("start", .int(quote.range.lowerBound)),
      ("end", .int(quote.range.upperBound)),
      ("sentence", .int(quote.sentence)),
      ("sieve", .string(quote.sieve)),
    ])
  }

  /// Reads back what ``encode(_:)`` wrote, for the graph.
  ///
  /// - Throws: ``DecodingError`` naming the first field that is missing or malformed.
  public static func decode(_ value: JSONValue) throws(DecodingError) -> DocumentResult {
    guard let id = value["doc"]?.stringValue else { throw DecodingError(field: "doc") }
    let entities = try (value["entities"]?.arrayValue ?? []).map { (entity: JSONValue) throws(DecodingError) -> EntityMention in
      guard let label = entity["label"]?.stringValue.flatMap(EntityLabel.init(rawValue:)) else { throw DecodingError(field: "entities[].label") }
      guard let text = entity["text"]?.stringValue, let start = entity["start"]?.intValue, let end = entity["end"]?.intValue, start <= end else {
        throw DecodingError(field: "entities[].text/start/end")
      }
      var mention = EntityMention(label: label, span: Span(decoded: start..<end), text: text,
                                  norm: try entity["norm"].map { (norm: JSONValue) throws(DecodingError) in try decodeNorm(norm, label: label) },
                                  canonical: entity["canonical"]?.stringValue)
      if let pair = entity["conversionOf"]?.arrayValue, pair.count == 2, let a = pair[0].intValue, let b = pair[1].intValue, a <= b {
        mention.conversionOf = a..<b
      }
      return mention
    }
    let quotes = try (value["quotes"]?.arrayValue ?? []).map { (quote: JSONValue) throws(DecodingError) -> Quote in
      guard let kind = quote["kind"]?.stringValue.flatMap(Quote.Kind.init(rawValue:)), let text = quote["text"]?.stringValue,
            let start = quote["start"]?.intValue, let end = quote["end"]?.intValue, start <= end else {
        throw DecodingError(field: "quotes[].kind/text/start/end")
      }
      var decoded = Quote(kind: kind, range: start..<end, text: text, cue: quote["cue"]?.stringValue ?? "",
                          mention: quote["mention"]?.stringValue, speaker: quote["speaker"]?.stringValue,
                          speakerLabel: quote["speakerType"]?.stringValue.flatMap(EntityLabel.init(rawValue:)),
                          sentence: quote["sentence"]?.intValue ?? 0, sieve: quote["sieve"]?.stringValue ?? "")
      decoded.about = (quote["about"]?.arrayValue ?? []).compactMap(\.stringValue)
      return decoded
    }
    return DocumentResult(input: InputDocument(path: value["path"]?.stringValue ?? id, id: id), title: value["title"]?.stringValue ?? "",
                          date: value["date"]?.stringValue.flatMap(CalendarDate.init(iso:)),
                          sentenceCount: value["sentences"]?.arrayValue?.count ?? 0, entities: entities, quotes: quotes, warnings: [])
  }

  private static func decodeNorm(_ norm: JSONValue, label: EntityLabel) throws(DecodingError) -> Normalization {
    if let iso = norm.stringValue { return .date(iso) }
    guard let amount = norm["amount"]?.decimalValue, let currency = norm["currency"]?.stringValue else {
      throw DecodingError(field: "entities[].norm")
    }
    if let maximum = norm["max"]?.decimalValue { return .moneyRange(amount: amount, maximum: maximum, currency: currency) }
    return .money(amount: amount, currency: currency)
  }

  /// An annotation that lacks a field the graph needs, or has it malformed.
  public struct DecodingError: Error, CustomStringConvertible {
    public let field: String
    public var description: String { "not a ClaimGraph annotation: missing or malformed \"\(field)\"" }
  }
}
