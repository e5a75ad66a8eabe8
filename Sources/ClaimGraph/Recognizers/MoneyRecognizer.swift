import Foundation

/// Finds amounts of money: a currency symbol or code before the number
/// (`$40,000`, `€29.4 billion`, `US$5m`, `USD 5 million`, `Rs 500`) or a
/// currency word after it (`12.96 million tenge`, `5 million euros`).
struct MoneyRecognizer {
  let lexicon: Lexicon
  let tokens: [Token]
  /// `tokens` as their texts, computed once per document by the tagger.
  let words: [String]
  /// Each token's word classes: only a ``WordClasses/currencyStart`` token can open a currency.
  let lexemes: [Lexeme]

  /// Appends the amounts in `range` to `found`.
  func amounts(in range: Range<Int>, into found: inout [Candidate]) {
    // Every amount has a number at or after its start: past the sentence's
    // last number no amount can start, and most sentences have none.
    guard let lastNumber = range.last(where: { Self.mayOpenNumber(tokens[$0]) }) else { return }
    var index = range.lowerBound
    while index <= lastNumber {
      if let (length, amount, code) = amount(at: index, end: range.upperBound) {
        let norm: Normalization = amount.maximum.map { .moneyRange(amount: amount.value, maximum: $0, currency: code) }
          ?? .money(amount: amount.value, currency: code)
        found.append(Candidate(label: .money, tokens: index..<(index + length), priority: 4, norm: norm))
        index += length
      } else {
        index += 1
      }
    }
  }

  /// A number or a range of numbers (`5-10`), scaled.
  struct Amount {
    let value: Decimal
    let maximum: Decimal?
  }

  private func amount(at i: Int, end: Int) -> (Int, Amount, String)? {
    // Symbol or code first: `$40,000`, `US$5m`, `USD 5 million`.
    if let (symbolLength, currency) = lexicon.currencies.longestMatch(in: words, lexemes: lexemes, from: i, limit: end),
       currency.position != .after,
       let (numberLength, value) = number(at: i + symbolLength, end: end) {
      let isSymbol = tokens[i + symbolLength - 1].kind == .currency
      if isSymbol || tokens[i + symbolLength].spaceBefore {
        return (symbolLength + numberLength, value, currency.code)
      }
    }
    // Number first: `12.96 million tenge`, `113,450 tenge`.
    if let (numberLength, value) = number(at: i, end: end),
       let (currencyLength, currency) = lexicon.currencies.longestMatch(in: words, lexemes: lexemes, from: i + numberLength, limit: end),
       currency.position != .before {
      return (numberLength + currencyLength, value, currency.code)
    }
    return nil
  }

  /// A number with an optional scale: `40,000`, `29.4 billion`, `5m`, `1.2bn`, or a range `5-10 million`.
  private func number(at i: Int, end: Int) -> (Int, Amount)? {
    guard i < end, Self.mayOpenNumber(tokens[i]) else { return nil }
    // Split only a word that has a hyphen (`5-10`), found on its bytes in place.
    let bounds = tokens[i].kind == .word && tokens[i].text.withUTF8Bytes({ $0.contains(UInt8(ascii: "-")) })
      ? tokens[i].text.split(separator: "-", omittingEmptySubsequences: false) : []
    if bounds.count == 2, let low = Self.decimal(String(bounds[0])), let high = Self.decimal(String(bounds[1])), low < high {
      let factor = i + 1 < end ? lexicon.scales[tokens[i + 1].text] : nil
      return (factor == nil ? 1 : 2, Amount(value: low * (factor ?? 1), maximum: high * (factor ?? 1)))
    }
    return single(at: i, end: end).map { ($0.0, Amount(value: $0.1, maximum: nil)) }
  }

  private func single(at i: Int, end: Int) -> (Int, Decimal)? {
    let token = tokens[i]
    if token.kind == .number, let firstValue = Self.decimal(token.text) {
      // `1 000 000 tenge`: thousands grouped by spaces.
      var digits = token.text, length = 1
      // `decimal` read only ASCII digits, points and commas: a character is a byte, and a number one of the digits.
      if token.text.withUTF8Bytes({ $0.count <= 3 && $0.allSatisfy { (0x30...0x39).contains($0) } }) {
        while i + length < end, tokens[i + length].kind == .number, tokens[i + length].text.count == 3,
              tokens[i + length].text.allSatisfy(\.isNumber),
              tokens[i + length].range.lowerBound == tokens[i + length - 1].range.upperBound + 1 {
          digits += tokens[i + length].text
          length += 1
        }
      }
      let value = length == 1 ? firstValue : Self.decimal(digits)!
      if i + length < end, let factor = lexicon.scales[tokens[i + length].text] { return (length + 1, value * factor) }
      return (length, value)
    }
    if token.kind == .word, let first = token.text.first, first.isNumber {
      let digits = String(token.text.prefix { $0.isNumber || $0 == "." || $0 == "," })
      let suffix = String(token.text.dropFirst(digits.count))
      if let value = Self.decimal(digits), let factor = lexicon.scales[suffix] { return (1, value * factor) }
    }
    return nil
  }

  /// Whether `token` can open a number that ``decimal(_:)`` reads: a number
  /// token, or a word starting with an ASCII digit, point or comma (`5m`,
  /// `5-10`). A test of one byte that spares the word tokens every other check.
  private static func mayOpenNumber(_ token: Token) -> Bool {
    if token.kind == .number { return true }
    guard token.kind == .word, let first = token.text.utf8.first else { return false }
    return (0x30...0x39).contains(first) || first == UInt8(ascii: ".") || first == UInt8(ascii: ",")
  }

  /// `113,450` → 113450; `12.96` → 12.96. Commas group thousands.
  static func decimal(_ text: String) -> Decimal? {
    // Only ASCII digits, points and commas can make a number: refuse anything else before any copying.
    guard !text.isEmpty, text.withUTF8Bytes({ $0.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") } }) else {
      return nil
    }
    if let value = text.withUTF8Bytes(plainDecimal) { return value }
    let plain = text.utf8.contains(UInt8(ascii: ",")) ? text.replacingOccurrences(of: ",", with: "") : text
    guard !plain.isEmpty else { return nil }
    return Decimal(string: plain, locale: posix)
  }

  /// `text` with its commas left out, as `Decimal(string:)` reads it, when it is one to eighteen digits
  /// with at most one point; nil for anything else, which Foundation reads. Every amount in news text is
  /// such a number, and Foundation's parser cost half of the money recognizer's time.
  private static func plainDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Decimal? {
    var significand: UInt64 = 0, digits = 0, fractionDigits = 0, sawPoint = false
    for byte in text {
      switch byte {
      case UInt8(ascii: ","):
        continue
      case UInt8(ascii: "."):
        guard !sawPoint else { return nil }
        sawPoint = true
      default:
        digits += 1
        guard digits <= 18 else { return nil }
        significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
        if sawPoint { fractionDigits += 1 }
      }
    }
    guard digits > 0 else { return nil }
    return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
  }

  private static let posix = Locale(identifier: "en_US_POSIX")
}
