@testable import ClaimGraph
import Foundation
import Testing

/// Layers built by hand, so that a test of a later stage or of the graph does
/// not depend on what the earlier stages happen to find.
enum HandBuilt {
  /// The scalar range of the `occurrence`-th (from 1) occurrence of `needle` in `document.text`.
  static func range(of needle: String, in document: Document, occurrence: Int = 1) -> ScalarRange {
    let target = Array(needle.unicodeScalars)
    var seen = 0
    var start = 0
    while start + target.count <= document.scalars.count {
      if document.scalars[start..<(start + target.count)].elementsEqual(target) {
        seen += 1
        if seen == occurrence { return start..<(start + target.count) }
      }
      start += 1
    }
    // A fixture mistake fails the test that made it rather than trapping the whole run.
    Issue.record("“\(needle)” does not occur \(occurrence) time(s) in the document")
    return 0..<0
  }

  /// The tokens that cover exactly the `occurrence`-th `needle`.
  static func tokens(of needle: String, in document: Document, occurrence: Int = 1) -> Range<Int> {
    let scalars = range(of: needle, in: document, occurrence: occurrence)
    let inside = document.tokens.indices.filter {
      document.tokens[$0].range.lowerBound >= scalars.lowerBound && document.tokens[$0].range.upperBound <= scalars.upperBound
    }
    guard let first = inside.first, let last = inside.last,
          document.tokens[first].range.lowerBound == scalars.lowerBound,
          document.tokens[last].range.upperBound == scalars.upperBound else {
      Issue.record("“\(needle)” does not start and end at token boundaries")
      return 0..<1
    }
    return first..<(last + 1)
  }

  /// An entity mention of the `occurrence`-th `text` in a tokenized document.
  static func mention(_ label: EntityLabel, _ text: String, in document: Document, occurrence: Int = 1,
                      canonical: String? = nil) -> EntityMention {
    let span = Span(tokens: tokens(of: text, in: document, occurrence: occurrence), in: document.tokens)
    return EntityMention(label: label, span: span, text: text, canonical: canonical)
  }

  /// A quote whose words are the `occurrence`-th `text`; a direct quote's
  /// range takes in the quotation marks around the words.
  static func quote(_ kind: Quote.Kind, _ text: String, in document: Document, occurrence: Int = 1,
                    speaker: String? = nil, mention: String? = nil, cue: String = "said") -> Quote {
    var range = range(of: text, in: document, occurrence: occurrence)
    if kind == .direct {
      let marks: Set<Unicode.Scalar> = ["“", "”", "\""]
      if range.lowerBound > 0, marks.contains(document.scalars[range.lowerBound - 1]) { range = (range.lowerBound - 1)..<range.upperBound }
      var end = range.upperBound
      while end < document.scalars.count, [",", "."].contains(document.scalars[end]) { end += 1 }
      if end < document.scalars.count, marks.contains(document.scalars[end]) { range = range.lowerBound..<(end + 1) }
    }
    let sentence = document.sentenceIndex(containing: range.lowerBound) ?? 0
    return Quote(kind: kind, range: range, text: text, cue: cue, mention: mention ?? speaker, speaker: speaker,
                 speakerLabel: speaker == nil ? nil : .person, sentence: sentence, sieve: "hand")
  }

  /// An entity mention for the graph, outside any real document: its span is
  /// one made-up token at `offset`.
  static func graphMention(_ label: EntityLabel, _ text: String, canonical: String? = nil, at offset: Int = 0) -> EntityMention {
    let token = Token(range: offset..<(offset + text.unicodeScalars.count), kind: .word, text: text, newlinesBefore: 0, spaceBefore: true)
    return EntityMention(label: label, span: Span(tokens: 0..<1, in: [token]), text: text, canonical: canonical)
  }

  /// A quote for the graph, outside any real document.
  static func graphQuote(_ text: String, speaker: String?, label: EntityLabel? = .person, mention: String? = nil,
                         about: [String] = [], at offset: Int = 0) -> Quote {
    var quote = Quote(kind: .direct, range: offset..<(offset + text.unicodeScalars.count + 2), text: text, cue: "said",
                      mention: mention ?? speaker, speaker: speaker, speakerLabel: speaker == nil ? nil : label, sentence: 0, sieve: "hand")
    quote.about = about
    return quote
  }

  /// What the corpus runner would hand the graph for one document.
  static func result(_ id: String, _ entities: [EntityMention], quotes: [Quote] = []) -> DocumentResult {
    DocumentResult(input: InputDocument(path: "seeds/\(id).txt", id: id), title: "Title of \(id)", date: nil,
                   sentenceCount: 1, entities: entities, quotes: quotes, warnings: [])
  }
}

/// Gold and predicted annotation files as the evaluator reads them.
enum AnnotationFixture {
  static func document(_ id: String, entities: [JSONValue] = [], quotes: [JSONValue] = []) -> JSONValue {
    .object([("doc", .string(id)), ("entities", .array(entities)), ("quotes", .array(quotes))])
  }

  static func entity(_ label: EntityLabel, _ text: String, norm: JSONValue? = nil) -> JSONValue {
    var members: [(String, JSONValue)] = [("label", .string(label.rawValue)), ("text", .string(text))]
    if let norm { members.append(("norm", norm)) }
    return .object(members)
  }

  static func money(_ amount: String, _ currency: String) -> JSONValue {
    .object([("amount", .decimal(Decimal(string: amount)!)), ("currency", .string(currency))])
  }

  static func quote(_ kind: Quote.Kind, _ text: String, speaker: String?, about: [String] = []) -> JSONValue {
    .object([
      ("kind", .string(kind.rawValue)),
      ("speaker", speaker.map(JSONValue.string) ?? .null),
      ("text", .string(text)),
      ("about", .array(about.map(JSONValue.string))),
    ])
  }
}
