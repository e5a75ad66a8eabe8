/// Splits text into tokens.
///
/// - Reads: `Document.text`. Adds: `tokens`, each token's text as a word, and
///   its lexeme (the word lists it is on), which the later stages ask instead
///   of the lists.
/// - Keeps together: numbers with separators and decimals (`113,450`, `12.96`),
///   hyphenated words (`Kassym-Jomart`), listed abbreviations and initials
///   (`Mr.`, `U.S.`, `J.`), dotted names (`Zakon.kz`), URLs and e-mail addresses.
/// - Splits off: possessive `’s`, quotation marks, currency symbols, dashes.
public struct Tokenizer: Stage {
  public let name = "tokenizer"
  public let requires: Set<Layer> = []
  public let provides: Set<Layer> = [.tokens]

  private let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Each worker's memo of the words it has read; see ``WordMemo``.
  private let memos = WordMemoPool()

  public func process(_ document: Document) -> Document {
    var document = document
    (document.tokens, document.lexemes) = memos.withMemo { memo in
      Self.tokensAndLexemes(in: document.scalars, lexicon: lexicon, memo: &memo)
    }
    document.words = document.tokens.texts
    return document
  }

  /// The tokens of `text`: also how the lexicon splits its phrases into words, before it has lexemes.
  static func tokens(in text: String, abbreviations: Set<String>) -> [Token] {
    // Read through a buffer pointer: an array would be retained and released for every token's text.
    text.scalarArray.withUnsafeBufferPointer { scalars in
      var reader = TokenReader(scalars: scalars, abbreviations: abbreviations)
      var result: [Token] = []
      while let found = reader.next() {
        let text = found.replacement?.text ?? String(scalars: scalars[found.range])
        result.append(Token(range: found.range, kind: found.kind, text: text, newlinesBefore: found.newlinesBefore,
                            spaceBefore: found.spaceBefore))
      }
      return result
    }
  }

  private static func tokensAndLexemes(in scalars: [Unicode.Scalar], lexicon: Lexicon, memo: inout WordMemo) -> ([Token], [Lexeme]) {
    scalars.withUnsafeBufferPointer { scalars in
      var reader = TokenReader(scalars: scalars, abbreviations: lexicon.abbreviations)
      var tokens: [Token] = [], lexemes: [Lexeme] = []
      tokens.reserveCapacity(scalars.count / 5)
      lexemes.reserveCapacity(scalars.count / 5)
      while let found = reader.next() {
        let word: WordMemo.Word
        if let replacement = found.replacement {
          word = WordMemo.Word(replacement.text, lexicon: lexicon)
        } else {
          let spelling = UnsafeBufferPointer(rebasing: scalars[found.range])
          word = memo.word(spelling) { WordMemo.Word(String(scalars: spelling), lexicon: lexicon) }
        }
        tokens.append(Token(range: found.range, kind: found.kind, word: word, newlinesBefore: found.newlinesBefore,
                            spaceBefore: found.spaceBefore))
        lexemes.append(word.lexeme)
      }
      return (tokens, lexemes)
    }
  }
}

/// A token as the reader finds it: its text is the scalars it covers, but for an HTML character
/// reference (`&ldquo;`), whose text is the character it stands for.
///
/// Nothing in it is reference counted: one is made and dropped for every token, and dropping one
/// that held a string went through its type's metadata, tens of instructions a token.
private struct FoundToken {
  let range: Range<Int>
  let kind: Token.Kind
  let replacement: Replacement?
  let newlinesBefore: Int
  let spaceBefore: Bool
}

/// What an HTML character reference stands for: one character, or a possessive `’s` (`&rsquo;s`).
private enum Replacement {
  case character(Unicode.Scalar)
  case possessive

  var text: String {
    switch self {
    case .character(let scalar): String(scalar)
    case .possessive: "’s"
    }
  }
}

private let htmlEntities: [String: (text: Unicode.Scalar, kind: Token.Kind)] = [
  "ldquo": ("“", .quote), "rdquo": ("”", .quote), "lsquo": ("‘", .quote), "rsquo": ("’", .quote),
  "quot": ("\"", .quote), "laquo": ("«", .quote), "raquo": ("»", .quote), "bdquo": ("„", .quote),
  "ndash": ("–", .punctuation), "mdash": ("—", .punctuation), "hellip": ("…", .punctuation), "amp": ("&", .punctuation),
]

/// Character classes with an ASCII fast path: Unicode property look-ups are
/// the tokenizer's hottest code, and most news text is ASCII. The ASCII test is
/// inlined into every loop; the property look-ups stay out of line, so that
/// their setup is paid only for other scalars.
private extension Unicode.Scalar {
  @inline(__always) var isLetter: Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return isAlphabeticBeyondASCII
  }
  @inline(__always) var isDigit: Bool {
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return isDecimalBeyondASCII
  }
  @inline(__always) var isWordScalar: Bool {
    // A bit for each ASCII digit and letter, in two words by the scalar's 0x40 bit: a shift and a test where
    // comparing with the three ranges took twice the instructions, for every scalar of every word.
    if value < 0x80 { return (value < 0x40 ? Self.digitBits : Self.letterBits) &>> UInt64(value) & 1 != 0 }
    return isWordScalarBeyondASCII
  }
  /// `0`–`9` (0x30–0x39), by their low six bits.
  private static var digitBits: UInt64 { 0x03FF_0000_0000_0000 }
  /// `A`–`Z` (0x41–0x5A) and `a`–`z` (0x61–0x7A), by their low six bits.
  private static var letterBits: UInt64 { 0x07FF_FFFE_07FF_FFFE }
  @inline(__always) var isSpace: Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return isSpaceBeyondASCII
  }
  @inline(__always) var isUpper: Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return isUppercaseBeyondASCII
  }
  @inline(__always) var isLower: Bool {
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    return isLowercaseBeyondASCII
  }

  // Switches, not sets: hashing a scalar costs more than the comparisons, for every token.
  var isQuoteMark: Bool {
    switch self {
    case "\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›": return true
    default: return false
    }
  }
  var isApostrophe: Bool { self == "'" || self == "’" }
  var isCurrencySymbol: Bool {
    switch self {
    case "$", "€", "£", "¥", "₸", "₽", "₹", "₩", "₺", "₴", "₦", "₱", "฿", "₪", "₫": return true
    default: return false
    }
  }

  @inline(never) var isAlphabeticBeyondASCII: Bool { properties.isAlphabetic }
  @inline(never) var isDecimalBeyondASCII: Bool { properties.numericType == .decimal }
  @inline(never) var isWordScalarBeyondASCII: Bool {
    if isGeneralPunctuation { return false }
    return properties.isAlphabetic || properties.numericType == .decimal || properties.generalCategory == .nonspacingMark
  }
  @inline(never) var isSpaceBeyondASCII: Bool {
    if isGeneralPunctuation { return false }
    return properties.isWhitespace || value == 0xFEFF
  }
  /// Dashes, curly quotation marks, bullets and the ellipsis (U+2010–U+2027): neither letters nor
  /// space, and the scalars beyond ASCII that news text has most, whose property look-ups cost
  /// hundreds of instructions each.
  private var isGeneralPunctuation: Bool { value >= 0x2010 && value <= 0x2027 }
  @inline(never) var isUppercaseBeyondASCII: Bool { properties.isUppercase }
  @inline(never) var isLowercaseBeyondASCII: Bool { properties.isLowercase }
}

/// A cursor over scalars that reads one token at a time.
private struct TokenReader {
  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  let abbreviations: Set<String>
  var position = 0

  init(scalars: UnsafeBufferPointer<Unicode.Scalar>, abbreviations: Set<String>) {
    self.scalars = scalars
    self.abbreviations = abbreviations
  }

  func at(_ index: Int) -> Unicode.Scalar? { index < scalars.count && index >= 0 ? scalars[index] : nil }

  func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

  mutating func next() -> FoundToken? {
    var newlines = 0
    let spaceStart = position
    // Indexed directly, not through `at(_:)`: its optional costs a test of its own at every scalar of white space and every token.
    while position < scalars.count {
      let scalar = scalars[position]
      if scalar.isSpace {
        if scalar == "\n" || (scalar == "\r" && at(position + 1) != "\n") || scalar == "\u{2029}" { newlines += 1 }
        position += 1
      } else if let end = nonBreakingSpaceEntityEnd(at: position) {
        position = end
      } else {
        break
      }
    }
    guard position < scalars.count else { return nil }
    let first = scalars[position], start = position
    let spaceBefore = position > spaceStart || start == 0
    let kind: Token.Kind
    if first == "&", let (end, character, entityKind) = htmlEntity(at: start) {
      position = end
      return FoundToken(range: start..<end, kind: entityKind, replacement: character, newlinesBefore: newlines, spaceBefore: spaceBefore)
    }
    if mayStartURL(at: start), let end = urlEnd(from: start) {
      position = end
      kind = .url
    } else if first.isWordScalar {
      position = wordEnd(from: start)
      if mayContinueAsEmail(at: position), let end = emailEnd(from: start, wordEnd: position) {
        position = end
        kind = .email
      } else {
        kind = scalars[start].isDigit && isNumber(start..<position) ? .number : .word
      }
    } else if first.isApostrophe, isPossessive(at: start), start > 0, scalars[start - 1].isWordScalar {
      position += 2
      kind = .word
    } else if first.isQuoteMark {
      position += 1
      kind = .quote
    } else if first.isCurrencySymbol {
      position += 1
      kind = .currency
    } else if first == ".", at(start + 1) == ".", at(start + 2) == "." {
      position += 3
      kind = .punctuation
    } else {
      position += 1
      kind = .punctuation
    }
    return FoundToken(range: start..<position, kind: kind, replacement: nil, newlinesBefore: newlines, spaceBefore: spaceBefore)
  }

  /// An HTML character reference left in scraped text (`&ldquo;`, `&rsquo`,
  /// `&rsquos`), read as the character it stands for; the `;` is optional
  /// because scrapers often drop it.
  func htmlEntity(at start: Int) -> (end: Int, text: Replacement, kind: Token.Kind)? {
    if at(start + 1) == "#" { return numericEntity(at: start) }
    var end = start + 1
    while let scalar = at(end), scalar.isLetter, end - start <= 12 { end += 1 }
    let letters = string((start + 1)..<end)
    // The longest known name the letters start with: `&ldquoI will` is `&ldquo` + `I will`.
    for length in stride(from: min(letters.count, 7), through: 2, by: -1) {
      let name = String(letters.prefix(length))
      guard let entity = htmlEntities[name] else { continue }
      var stop = start + 1 + length
      var result = (text: Replacement.character(entity.text), kind: entity.kind)
      if entity.text == "’", at(stop) == "s", !(at(stop + 1)?.isWordScalar ?? false), start > 0, scalars[start - 1].isWordScalar {
        result = (.possessive, .word)
        stop += 1
      }
      if at(stop) == ";" { stop += 1 }
      return (stop, result.text, result.kind)
    }
    return nil
  }

  /// `&#8220;` or `&#x201C;`: a numeric character reference, read as its character.
  func numericEntity(at start: Int) -> (end: Int, text: Replacement, kind: Token.Kind)? {
    var index = start + 2
    let hex = at(index) == "x" || at(index) == "X"
    if hex { index += 1 }
    let digitsStart = index
    while let scalar = at(index), scalar.properties.isASCIIHexDigit, hex || scalar.isDigit, index - digitsStart < 7 { index += 1 }
    guard index > digitsStart, at(index) == ";", let value = UInt32(string(digitsStart..<index), radix: hex ? 16 : 10),
          let character = Unicode.Scalar(value), !character.isSpace else { return nil }
    let kind: Token.Kind = character.isQuoteMark ? .quote : character.isWordScalar ? .word : .punctuation
    return (index + 1, .character(character), kind)
  }

  /// `&nbsp;` (or `&nbsp` without its semicolon) is white space.
  func nonBreakingSpaceEntityEnd(at start: Int) -> Int? {
    guard scalars[start] == "&", matches("&nbsp", at: start) else { return nil }
    if let next = at(start + 5), next.isLetter { return nil }
    return at(start + 5) == ";" ? start + 6 : start + 5
  }

  /// Digits with `,` or `.` separators between digits: `113,450`, `12.96`.
  func isNumber(_ range: Range<Int>) -> Bool {
    scalars[range].allSatisfy { $0.isDigit || $0 == "," || $0 == "." }
  }

  /// The end of a word starting at `start`: letters and digits, joined across
  /// inner hyphens, apostrophes (but not a possessive `’s`), number separators,
  /// and dots in abbreviations, initials and dotted names.
  func wordEnd(from start: Int) -> Int {
    var index = start
    while true {
      while index < scalars.count, scalars[index].isWordScalar { index += 1 }
      guard let joiner = at(index), let after = at(index + 1) else { break }
      let before = scalars[index - 1]
      if joiner == "-" || joiner == "‑", after.isWordScalar {
        index += 1
      } else if joiner.isApostrophe, after.isLetter, before.isLetter, !isPossessive(at: index) {
        index += 1
      } else if joiner == "," || joiner == ".", before.isDigit, after.isDigit {
        index += 1
      } else if joiner == "/", (before.isDigit && after.isDigit) || (before.isUpper && after.isUpper) {
        index += 1
      } else if joiner == ".", after.isLetter, before.isLetter, dottedNameContinues(at: index + 1) {
        index += 1
      } else {
        break
      }
    }
    if at(index) == ".", let withDot = abbreviationEnd(start: start, end: index) { return withDot }
    // Two runs of five letters: most words are shorter, and need not even the call.
    guard index - start >= 10 else { return index }
    return gluedWordEnd(start: start, end: index) ?? index
  }

  /// Words run together by a scraper that dropped table cells or spaces
  /// (`PunishmentAccession`): a capital after five lower-case letters that
  /// starts another word of five or more. Names like `YouTube` or `WhatsApp` stay whole.
  func gluedWordEnd(start: Int, end: Int) -> Int? {
    // Two runs of five letters (``wordEnd(from:)`` calls only for words of ten or more), so the capital between
    // them stands after the first five and before the last four: most long words have none there, found in a few steps.
    guard ((start + 5)..<(end - 4)).contains(where: { scalars[$0].isUpper }) else { return nil }
    var lowerRun = 0
    for index in start..<end {
      let scalar = scalars[index]
      if scalar.isUpper, lowerRun >= 5, index - start > lowerRun || scalars[start].isUpper {
        var next = index + 1
        while next < end, scalars[next].isLower { next += 1 }
        if next - index >= 5 { return index }
      }
      lowerRun = scalar.isLower ? lowerRun + 1 : 0
    }
    return nil
  }

  /// `’s` or `'s` closing a word: a possessive, split off as its own token.
  func isPossessive(at index: Int) -> Bool {
    guard let s = at(index + 1), s == "s" || s == "S" else { return false }
    return at(index + 2).map { !$0.isWordScalar } ?? true
  }

  /// A dot inside a word continues it when a lower-case domain or a single
  /// capital follows (`Zakon.kz`, `EURACTIV.com`, `U.S`), not a new sentence (`Kazakhstan.The`).
  func dottedNameContinues(at index: Int) -> Bool {
    guard let next = at(index) else { return false }
    var end = index
    while let scalar = at(end), scalar.isLetter { end += 1 }
    let length = end - index
    if next.isLower { return length <= 4 }
    return length == 1
  }

  /// Includes the dot after a listed abbreviation (`Mr.`, `Sept.`), an initial
  /// (`J.`), or a dotted acronym (`U.S.`).
  func abbreviationEnd(start: Int, end: Int) -> Int? {
    if abbreviations.contains(string(start..<(end + 1))) { return end + 1 }
    if end - start == 1, scalars[start].isUpper { return end + 1 }
    return isDottedAcronym(start..<end) ? end + 1 : nil
  }

  /// Single letters between dots (`U.S`). Letters are counted as characters, so
  /// that a letter with a combining mark is one; ASCII needs no grapheme breaking.
  func isDottedAcronym(_ range: Range<Int>) -> Bool {
    guard scalars[range].allSatisfy(\.isASCII) else {
      let word = string(range)
      return word.contains(".") && word.unicodeScalars.allSatisfy({ $0 == "." || $0.isLetter })
        && word.split(separator: ".").allSatisfy({ $0.count == 1 })
    }
    var sawDot = false
    for index in range {
      let scalar = scalars[index]
      if scalar == "." {
        sawDot = true
      } else if !scalar.isLetter || (index > range.lowerBound && scalars[index - 1] != ".") {
        return false
      }
    }
    return sawDot
  }

  /// Whether a URL may start at `start`: asked of every token, inlined, so that the rest of ``urlEnd(from:)``
  /// is called only for the few tokens that pass. Only `ht` and `ww` start one, whatever their case;
  /// `he`, `which` and the other words of one token in ten need no matching. No scalar beyond ASCII
  /// lower-cases to `h`, `t` or `w` (only the Kelvin sign lower-cases into ASCII, to `k`), so a word in
  /// another script is not matched either: its scalars' case mappings cost thousands of instructions a word.
  @inline(__always) func mayStartURL(at start: Int) -> Bool {
    let first = scalars[start]
    guard first.isASCII else { return false }
    let second: UInt32
    switch first.value | 0x20 {
    case 0x68: second = 0x74
    case 0x77: second = 0x77
    default: return false
    }
    guard start + 1 < scalars.count else { return false }
    let next = scalars[start + 1]
    return next.isASCII && next.value | 0x20 == second
  }

  func urlEnd(from start: Int) -> Int? {
    guard matches("http://", at: start) || matches("https://", at: start) || matches("www.", at: start) else { return nil }
    var index = start
    while let scalar = at(index), !scalar.isSpace, scalar != "“", scalar != "”", scalar != "\"" { index += 1 }
    while index > start, let last = at(index - 1), ".,;:!?)]'’".unicodeScalars.contains(last) { index -= 1 }
    return index
  }

  /// Whether the text at `start` lower-cases to `prefix`, which is ASCII.
  func matches(_ prefix: StaticString, at start: Int) -> Bool {
    // Through `withUTF8Buffer`: `utf8Start` traps on a literal of one character, which has no pointer.
    prefix.withUTF8Buffer { bytes in
      var index = start
      for byte in bytes {
        guard let here = at(index) else { return false }
        // Tried at every token: ASCII is lower-cased by arithmetic, only other scalars by their Unicode mapping.
        if here.isASCII {
          let lower = (0x41...0x5A).contains(here.value) ? here.value + 0x20 : here.value
          guard lower == UInt32(byte) else { return false }
        } else {
          guard here.properties.lowercaseMapping == String(Unicode.Scalar(byte)) else { return false }
        }
        index += 1
      }
      return true
    }
  }

  /// `name@example.org`: a word, `@`, then a dotted domain.
  /// Whether an e-mail address may go on after a word that ends at `wordEnd`: asked after every word,
  /// inlined, so that ``emailEnd(from:wordEnd:)`` is called only for the few that may (most words end
  /// at a space or at punctuation no address goes on with).
  @inline(__always) func mayContinueAsEmail(at wordEnd: Int) -> Bool {
    guard wordEnd < scalars.count else { return false }
    let next = scalars[wordEnd]
    return next == "." || next == "_" || next == "+" || next == "@" || next.isWordScalar
  }

  func emailEnd(from start: Int, wordEnd: Int) -> Int? {
    var index = wordEnd
    while let scalar = at(index), scalar == "." || scalar == "_" || scalar == "+" || scalar.isWordScalar { index += 1 }
    guard at(index) == "@", let afterAt = at(index + 1), afterAt.isWordScalar else { return nil }
    index += 1
    var sawDot = false
    while let scalar = at(index), scalar.isWordScalar || scalar == "-" || (scalar == "." && (at(index + 1)?.isWordScalar ?? false)) {
      if scalar == "." { sawDot = true }
      index += 1
    }
    return sawDot ? index : nil
  }
}
