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
  /// An ASCII digit anywhere in the text (`2024`, `May2019`, `mid-2020`), found with the shape: the date
  /// recognizer asks it of every token.
  let hasASCIIDigit: Bool

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
    if kind == .word {
      (shape, hasASCIIDigit) = Self.shapeAndDigit(of: text)
    } else {
      shape = []
      hasASCIIDigit = text.withUTF8Bytes { $0.contains { $0 >= 0x30 && $0 <= 0x39 } }
    }
  }

  /// A token whose text, case and digits were worked out once for its spelling (see ``WordMemo``).
  init(range: ScalarRange, kind: Kind, word: WordMemo.Word, newlinesBefore: Int, spaceBefore: Bool) {
    self.range = range
    self.kind = kind
    self.text = word.text
    self.newlinesBefore = newlinesBefore
    self.spaceBefore = spaceBefore
    shape = kind == .word ? word.shape : []
    hasASCIIDigit = word.hasASCIIDigit
  }

  /// The letter case `text` has as a word, and whether an ASCII digit is in it.
  static func shapeAndDigit(of text: String) -> (Shape, Bool) {
    var tally = CaseTally()
    // Most words are ASCII: their bytes answer, where walking the scalars costs several times more.
    let readBytes = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      for byte in bytes { tally.add(ascii: UInt32(byte)) }
      return true
    } ?? false
    if !readBytes {
      for scalar in text.unicodeScalars {
        if scalar.isASCII {
          tally.add(ascii: scalar.value)
        } else {
          tally.add(isUpper: scalar.properties.isUppercase, isLower: scalar.properties.isLowercase, isLetter: scalar.properties.isAlphabetic)
        }
      }
    }
    return (tally.shape, tally.sawASCIIDigit)
  }

  /// The letter case of a word, added up one character at a time, and whether an ASCII digit was among them.
  private struct CaseTally {
    private var first: Shape?
    private var letters = 0, upper = 0
    private(set) var sawASCIIDigit = false

    mutating func add(isUpper: Bool, isLower: Bool, isLetter: Bool) {
      if first == nil { first = isUpper ? .capitalized : isLower ? .lowercase : [] }
      if isLetter {
        letters += 1
        if isUpper { upper += 1 }
      }
    }

    mutating func add(ascii value: UInt32) {
      if value >= 0x30 && value <= 0x39 { sawASCIIDigit = true }
      let isUpper = value >= 0x41 && value <= 0x5A, isLower = value >= 0x61 && value <= 0x7A
      add(isUpper: isUpper, isLower: isLower, isLetter: isUpper || isLower)
    }

    var shape: Shape { letters >= 2 && upper == letters ? (first ?? []).union(.allCaps) : first ?? [] }
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
  ///
  /// The kind is compared where this is asked, the text in a call: the sentence splitter asks it of
  /// every token, and most are no punctuation.
  @inline(__always) var isTerminal: Bool { kind == .punctuation && isTerminalMark }

  private var isTerminalMark: Bool {
    text.isSpelled(".") || text.isSpelled("!") || text.isSpelled("?") || text.isSpelled("…") || text.isSpelled("...")
  }

  var isOpeningQuote: Bool { kind == .quote && (text.isSpelled("“") || text.isSpelled("„") || text.isSpelled("«") || text.isSpelled("‘")) }
  var isClosingQuote: Bool { kind == .quote && (text.isSpelled("”") || text.isSpelled("»") || text.isSpelled("’")) }
  var isDoubleQuote: Bool { kind == .quote && !text.isSpelled("‘") && !text.isSpelled("’") && !text.isSpelled("'") }
}
