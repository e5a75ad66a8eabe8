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
  /// The letter case of a word, worked out once: the stages ask it of every token many times.
  let shape: Shape

  struct Shape: OptionSet, Sendable, Equatable {
    let rawValue: UInt8
    static let capitalized = Shape(rawValue: 1)
    static let allCaps = Shape(rawValue: 2)
    static let lowercase = Shape(rawValue: 4)
  }

  public init(range: ScalarRange, kind: Kind, text: String, newlinesBefore: Int, spaceBefore: Bool) {
    self.range = range
    self.kind = kind
    self.text = text
    self.newlinesBefore = newlinesBefore
    self.spaceBefore = spaceBefore
    self.shape = kind == .word ? Self.shape(of: text) : []
  }

  private static func shape(of text: String) -> Shape {
    if let shape = text.utf8.withContiguousStorageIfAvailable(asciiShape(of:)), let shape { return shape }
    var shape: Shape = []
    var letters = 0, upper = 0, first = true
    for scalar in text.unicodeScalars {
      let isUpper: Bool, isLower: Bool, isLetter: Bool
      if scalar.value < 0x80 {
        isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
        isLower = scalar.value >= 0x61 && scalar.value <= 0x7A
        isLetter = isUpper || isLower
      } else {
        isUpper = scalar.properties.isUppercase
        isLower = scalar.properties.isLowercase
        isLetter = scalar.properties.isAlphabetic
      }
      if first {
        if isUpper { shape.insert(.capitalized) } else if isLower { shape.insert(.lowercase) }
        first = false
      }
      if isLetter {
        letters += 1
        if isUpper { upper += 1 }
      }
    }
    if letters >= 2 && upper == letters { shape.insert(.allCaps) }
    return shape
  }

  /// The shape of an ASCII word, read on its bytes (most words are ASCII, and walking a
  /// string's scalars costs several times more); nil when a byte is not ASCII.
  private static func asciiShape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape? {
    var shape: Shape = []
    var letters = 0, upper = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if byte >= 0x41 && byte <= 0x5A {
        letters += 1
        upper += 1
      } else if byte >= 0x61 && byte <= 0x7A {
        letters += 1
      }
    }
    if let first = bytes.first {
      if first >= 0x41 && first <= 0x5A { shape.insert(.capitalized) } else if first >= 0x61 && first <= 0x7A { shape.insert(.lowercase) }
    }
    if letters >= 2 && upper == letters { shape.insert(.allCaps) }
    return shape
  }
}

extension Token {
  /// Starts with an upper-case letter (`Tokayev`, `EU`, `Kassym-Jomart`).
  var isCapitalized: Bool { shape.contains(.capitalized) }

  /// Two or more letters, every letter upper case (`OSCE`, `U.S.`).
  var isAllCaps: Bool { shape.contains(.allCaps) }

  /// Starts with a lower-case letter.
  var isLowercaseWord: Bool { shape.contains(.lowercase) }

  /// A full stop, question or exclamation mark, or an ellipsis.
  var isTerminal: Bool {
    kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…" || text == "...")
  }

  var isOpeningQuote: Bool { kind == .quote && (text == "“" || text == "„" || text == "«" || text == "‘") }
  var isClosingQuote: Bool { kind == .quote && (text == "”" || text == "»" || text == "’") }
  var isDoubleQuote: Bool { kind == .quote && text != "‘" && text != "’" && text != "'" }
}
