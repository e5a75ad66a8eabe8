/// One token: a word, number, punctuation mark, quotation mark, currency
/// symbol, URL or e-mail address, with its scalar offsets.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case word, number, punctuation, quote, currency, url, email
  }

  public let range: ScalarRange
  public let kind: Kind
  public let text: String
  /// Line breaks in the white space before this token; 2 or more is a blank line.
  public let newlinesBefore: Int
  /// Whether white space stands directly before this token.
  public let spaceBefore: Bool

  public init(range: ScalarRange, kind: Kind, text: String, newlinesBefore: Int, spaceBefore: Bool) {
    self.range = range
    self.kind = kind
    self.text = text
    self.newlinesBefore = newlinesBefore
    self.spaceBefore = spaceBefore
  }
}

extension Token {
  var firstScalar: Unicode.Scalar? { text.unicodeScalars.first }

  /// Starts with an upper-case letter (`Tokayev`, `EU`, `Kassym-Jomart`).
  var isCapitalized: Bool {
    guard kind == .word, let first = firstScalar else { return false }
    return first.properties.isUppercase
  }

  /// Two or more letters, every letter upper case (`OSCE`, `U.S.`).
  var isAllCaps: Bool {
    guard kind == .word else { return false }
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      guard scalar.properties.isUppercase else { return false }
      letters += 1
    }
    return letters >= 2
  }

  var isLowercaseWord: Bool {
    guard kind == .word, let first = firstScalar else { return false }
    return first.properties.isLowercase
  }

  /// A full stop, question or exclamation mark, or an ellipsis.
  var isTerminal: Bool {
    kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…" || text == "...")
  }

  var isOpeningQuote: Bool { kind == .quote && (text == "“" || text == "„" || text == "«" || text == "‘") }
  var isClosingQuote: Bool { kind == .quote && (text == "”" || text == "»" || text == "’") }
  var isDoubleQuote: Bool { kind == .quote && text != "‘" && text != "’" && text != "'" }
}
