import Foundation

/// The per-document annotation: the gold shape of `GUIDELINES.md` plus
/// `start`/`end` scalar offsets on entities and quotes, and `sentences` as
/// `[start, end]` pairs.
public enum AnnotationJSON {
  public static let formatVersion = "1.0"

  public static func encode(_ document: Document) -> JSONValue {
    .object([
      ("doc", .string(document.id)),
      ("version", .string(formatVersion)),
      ("date", document.referenceDate?.date.map { .string($0.iso) } ?? .null),
      ("entities", .array(document.entities.map(encode))),
      ("quotes", .array(document.quotes.map(encode))),
      ("sentences", .array(document.sentences.map { .array([.int($0.range.lowerBound), .int($0.range.upperBound)]) })),
    ])
  }

  static func encode(_ mention: EntityMention) -> JSONValue {
    var members: [(String, JSONValue)] = [("label", .string(mention.label.rawValue)), ("text", .string(mention.text))]
    if let norm = mention.norm { members.append(("norm", encode(norm))) }
    members += [("start", .int(mention.range.lowerBound)), ("end", .int(mention.range.upperBound))]
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
}
