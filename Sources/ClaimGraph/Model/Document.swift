import Foundation

/// A plain-text document and the layers the pipeline has added to it.
///
/// Every offset in every layer is a Unicode scalar offset into `text`.
public struct Document: Sendable, Equatable {
  public let id: String
  /// Where the text came from (a file path, or what a caller of `annotate` gave); nil when unknown.
  public let path: String?
  public let text: String
  /// `text` as scalars, for constant-time offset access.
  public let scalars: [Unicode.Scalar]
  /// The first line with words on it, cut to 200 characters: worked out once, since the annotation and the graph both give it.
  public let title: String
  /// The date that year-less and relative dates are read against: given by
  /// the caller, or found in the text by the entity tagger.
  public var referenceDate: ReferenceDate?
  public var tokens: [Token] = []
  /// Each token's text, in the order of `tokens`: made once by the tokenizer for the stages that read
  /// words by index, since every array of them made anew copies (and later releases) each string.
  var words: [String] = []
  /// The word lists each token is on, in the order of `tokens`.
  var lexemes: [Lexeme] = []
  public var sentences: [Sentence] = []
  public var entities: [EntityMention] = []
  public var quotes: [Quote] = []
  /// What stages had to do to bound a pathological document (`2 sentences
  /// longer than 1000 tokens were cut`), for the run's summary.
  public var warnings: [String] = []

  public init(id: String, text: String, path: String? = nil, referenceDate: ReferenceDate? = nil) {
    self.id = id
    self.path = path
    self.text = text
    self.scalars = text.scalarArray
    self.title = Self.title(of: text)
    self.referenceDate = referenceDate
  }

  private static func title(of text: String) -> String {
    var rest = text[...]
    while !rest.isEmpty {
      let lineEnd = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
      let line = rest[..<lineEnd]
      if line.contains(where: \.isLetter) {
        let trimmed = Self.trimmingWhitespace(line)
        return trimmed.count > 200 ? String(trimmed.prefix(200)) + "…" : trimmed
      }
      rest = lineEnd == rest.endIndex ? "" : rest[rest.index(after: lineEnd)...]
    }
    return ""
  }

  /// `line` without the white space around it, as Foundation's `.whitespaces` trims it.
  /// Its only ASCII members are space and tab: a line with ASCII ends once those are
  /// cut, as nearly all are, needs none of Foundation's slower trimming.
  private static func trimmingWhitespace(_ line: Substring) -> String {
    let scalars = line.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start] == " " || scalars[start] == "\t" { start = scalars.index(after: start) }
    while start < end, scalars[scalars.index(before: end)] == " " || scalars[scalars.index(before: end)] == "\t" {
      end = scalars.index(before: end)
    }
    guard start < end, scalars[start].isASCII, scalars[scalars.index(before: end)].isASCII else {
      return line.trimmingCharacters(in: .whitespaces)
    }
    return String(scalars[start..<end])
  }

  /// The text between two scalar offsets.
  public func text(in range: ScalarRange) -> String {
    String(scalars: scalars[range])
  }

  /// The sentence that contains scalar offset `offset`, if any.
  public func sentenceIndex(containing offset: Int) -> Int? {
    let index = sentences.partitionPoint { $0.range.upperBound > offset }
    return index < sentences.count && sentences[index].range.lowerBound <= offset ? index : nil
  }

  /// The tokens that start inside `range`.
  public func tokens(startingIn range: ScalarRange) -> Range<Int> {
    let first = tokens.partitionPoint { $0.range.lowerBound >= range.lowerBound }
    let end = tokens.partitionPoint { $0.range.lowerBound >= range.upperBound }
    return first..<max(first, end)
  }

  /// The sentence that contains token `index`.
  public func sentenceIndex(ofToken index: Int) -> Int? {
    sentenceIndex(containing: tokens[index].range.lowerBound)
  }
}

/// A reference date at the precision the source gives.
public struct ReferenceDate: Sendable, Equatable {
  public let year: Int
  /// Set when the day is known too.
  public let date: CalendarDate?

  public init(year: Int, date: CalendarDate? = nil) {
    self.year = year
    self.date = date
  }

  public init(date: CalendarDate) {
    self.init(year: date.year, date: date)
  }
}
