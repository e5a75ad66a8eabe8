import Foundation

/// The per-document annotation: the gold shape of `GUIDELINES.md` plus
/// `start`/`end` scalar offsets on entities and quotes, and `sentences` as
/// `[start, end]` pairs; with the source path, title, canonical names and
/// speaker types, it holds all the graph needs, so that `claimgraph merge`
/// builds from annotations the graph `claimgraph run` builds from texts.
public enum AnnotationJSON {
  public static let formatVersion = "1.0"

  /// The annotation of `document` as UTF-8 bytes, written as it is read, without a ``JSONValue`` in between.
  ///
  ///     let line = AnnotationJSON.serialized(document, pretty: false)
  ///     // {"doc":"003","version":"1.0","path":"seeds/003.txt",…,"entities":[{"label":"PERSON",…}],…}
  ///
  /// - Parameters:
  ///   - document: a document the pipeline has run over.
  ///   - pretty: indented with two spaces (`docs/<id>.json`), else on one line (`claimgraph annotate`).
  /// - Returns: the bytes, with no line break after them.
  /// - Complexity: O(*n*) for *n* bytes of output.
  public static func serialized(_ document: Document, pretty: Bool) -> [UInt8] {
    // About 250 bytes an entity and 600 a quote, pretty: one allocation for most documents.
    var json = JSONWriter(pretty: pretty, capacity: 512 + 256 * document.entities.count + 640 * document.quotes.count + 32 * document.sentences.count)
    json.beginObject()
    json.key("doc"); json.string(document.id)
    json.key("version"); json.string(formatVersion)
    json.key("path"); json.string(document.path ?? document.id)
    json.key("title"); json.string(document.title)
    json.key("date"); json.string(document.referenceDate?.date?.iso)
    json.key("entities")
    json.beginArray()
    for mention in document.entities { write(mention, to: &json) }
    json.endArray()
    json.key("quotes")
    json.beginArray()
    for quote in document.quotes { write(quote, to: &json) }
    json.endArray()
    json.key("sentences")
    json.beginArray()
    for sentence in document.sentences {
      json.beginArray()
      json.int(sentence.range.lowerBound)
      json.int(sentence.range.upperBound)
      json.endArray()
    }
    json.endArray()
    json.endObject()
    return json.bytes
  }

  /// The annotation of `document` as a value, for a caller that works with it rather than with its bytes.
  public static func encode(_ document: Document) -> JSONValue {
    // Read back from the bytes, so that the layout is set out once, in `serialized(_:pretty:)`.
    JSONValue.parse(Data(serialized(document, pretty: false)))!
  }

  private static func write(_ mention: EntityMention, to json: inout JSONWriter) {
    json.beginObject()
    json.key("label"); json.string(mention.label.rawValue)
    json.key("text"); json.string(mention.text)
    if let norm = mention.norm {
      json.key("norm")
      json.value(encode(norm))
    }
    json.key("start"); json.int(mention.range.lowerBound)
    json.key("end"); json.int(mention.range.upperBound)
    if mention.label.isName { json.key("canonical"); json.string(mention.canonical) }
    if let original = mention.conversionOf {
      json.key("conversionOf")
      json.beginArray()
      json.int(original.lowerBound)
      json.int(original.upperBound)
      json.endArray()
    }
    json.endObject()
  }

  static func encode(_ norm: Normalization) -> JSONValue {
    switch norm {
    case .date(let iso): return .string(iso)
    case .money(let amount, let currency): return .object([("amount", .decimal(amount)), ("currency", .string(currency))])
    case .moneyRange(let amount, let maximum, let currency):
      return .object([("amount", .decimal(amount)), ("currency", .string(currency)), ("max", .decimal(maximum))])
    }
  }

  private static func write(_ quote: Quote, to json: inout JSONWriter) {
    json.beginObject()
    json.key("kind"); json.string(quote.kind.rawValue)
    json.key("speaker"); json.string(quote.speaker)
    json.key("speakerType"); json.string(quote.speakerLabel?.rawValue)
    json.key("mention"); json.string(quote.mention)
    json.key("cue"); json.string(quote.cue)
    json.key("text"); json.string(quote.text)
    json.key("about")
    json.beginArray()
    for measure in quote.about { json.string(measure) }
    json.endArray()
    json.key("start"); json.int(quote.range.lowerBound)
    json.key("end"); json.int(quote.range.upperBound)
    json.key("sentence"); json.int(quote.sentence)
    json.key("sieve"); json.string(quote.sieve)
    json.endObject()
  }

  /// Reads back what ``serialized(_:pretty:)`` wrote, for the graph.
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
