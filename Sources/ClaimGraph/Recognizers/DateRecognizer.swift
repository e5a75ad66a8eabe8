/// Finds calendar expressions in a run of tokens: absolute (`25 January, 2022`,
/// `May 19, 2015`, `June 2019`, `2021-06-10`), partial (`10 June`, `late 2019`),
/// ranges (`2021-2025`, `1999 to 2008`, `between 2017 and 2018`) and relative
/// ones (`today`, `Thursday`, `last week`, `two years ago`).
struct DateRecognizer {
  let tokens: [Token]
  /// Each token's word classes: whether it is a month or weekday is a flag on it.
  private let lexemes: [Lexeme]
  /// How the document writes numeric dates: `10/06/2021` is 10 June when
  /// true, October 6 when false. See ``numericConvention(in:lexemes:)``.
  let dayFirst: Bool
  /// The lexicon's months and weekdays, asked for the number of a token the lexeme says is one.
  private let months: ASCIIWordTable<Int>
  private let weekdays: ASCIIWordTable<Int>

  init(lexicon: Lexicon, tokens: [Token], lexemes: [Lexeme]) {
    self.tokens = tokens
    self.lexemes = lexemes
    self.dayFirst = Self.numericConvention(in: tokens, lexemes: lexemes)
    months = lexicon.months
    weekdays = lexicon.weekdays
  }

  /// Day first unless the document shows otherwise: a numeric date whose
  /// second number exceeds 12 (`06/25/2021`), or, with no such date, more
  /// `June 10` than `10 June` in its text. A document without numeric dates
  /// is day first: nothing asks it.
  static func numericConvention(in tokens: [Token], lexemes: [Lexeme]) -> Bool {
    // The numeric dates first, the first with a number above 12 deciding: most documents have none, and
    // are not read for the order of their words at all.
    var hasNumericDate = false
    for index in tokens.indices where tokens[index].hasASCIIDigit && (8...10).contains(tokens[index].range.count) {
      guard let parts = numericParts(tokens[index].text) else { continue }
      if parts.0 > 12 { return true }
      if parts.1 > 12 { return false }
      hasNumericDate = true
    }
    guard hasNumericDate else { return true }
    var monthFirstWords = 0, dayFirstWords = 0
    // Only a number or a word that opens with no cased letter can read as a whole integer (a word: a digit
    // written as `&#49;`), and a numeric date is 8 to 10 ASCII characters; both have an ASCII digit. Kind,
    // shape, length and the digit flag spare reading most tokens' text (and copying the token).
    func isDayNumber(at index: Int) -> Bool {
      guard index < tokens.count, tokens[index].hasASCIIDigit else { return false }
      return (tokens[index].kind == .number || (tokens[index].kind == .word && tokens[index].shape.isEmpty)) && isDayOfMonth(tokens[index].text)
    }
    var isDay = isDayNumber(at: 0)
    for index in tokens.indices {
      let nextIsDay = isDayNumber(at: index + 1)
      let isMonth = lexemes[index].exact.contains(.month)
      if nextIsDay {
        if isMonth { monthFirstWords += 1 }
      } else if isDay, index + 1 < tokens.count, lexemes[index + 1].exact.contains(.month), !isMonth {
        dayFirstWords += 1
      }
      isDay = nextIsDay
    }
    return monthFirstWords <= dayFirstWords
  }

  /// Whether `Int(text)` is a day of a month, 1 to 31.
  private static func isDayOfMonth(_ text: String) -> Bool {
    guard opensInteger(text), let value = Int(text) else { return false }
    return (1...31).contains(value)
  }

  /// Whether `text` opens with a digit or a sign, as any text `Int(_:)` reads does: other words need no parse.
  private static func opensInteger(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return false }
    return (0x30...0x39).contains(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
  }

  /// `10/06/2021` or `10.06.2021` as its three numbers.
  static func numericParts(_ text: String) -> (Int, Int, Int)? {
    guard let first = text.utf8.first, first >= 0x30, first <= 0x39, text.utf8.count >= 8, text.utf8.count <= 10 else { return nil }
    let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." })
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
          let a = Int(parts[0]), let b = Int(parts[1]), let y = yearValue(String(parts[2])), a > 0, b > 0 else { return nil }
    return (a, b, y)
  }

  // The words a date is read from are in tables that look a short ASCII word up without hashing a string:
  // every token that may open a date is asked of several of them.
  private static let numberWords = ASCIIWordTable(["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                                                   "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1])
  private static let units = ASCIIWordTable(["day": "day", "days": "day", "week": "week", "weeks": "week",
                                             "month": "month", "months": "month", "year": "year", "years": "year"])
  private static let relativeDays = ASCIIWordTable(["today": 0, "yesterday": -1, "tomorrow": 1])
  private static let unitOffsets = ASCIIWordTable(["this": 0, "last": -1, "next": 1, "past": -1])

  /// Appends every date in `range` to `found`, longest match at each start, left to right.
  func dates(in range: Range<Int>, into found: inout [Candidate]) {
    var index = range.lowerBound
    while index < range.upperBound {
      // The words that open a date are letters only and the numbers digits: a token is tried as one kind or the other.
      let hasDigit = tokens[index].hasASCIIDigit
      if canStartDate(index, hasDigit: hasDigit), let (length, value) = date(at: index, end: range.upperBound, hasDigit: hasDigit) {
        let placed = value.needsTense ? DateValue.tensed(value, future: isFuture(at: index, in: range)) : value
        found.append(Candidate(label: .date, tokens: index..<(index + length), priority: 4, date: placed))
        index += length
      } else {
        index += 1
      }
    }
  }

  private func text(_ index: Int, _ end: Int) -> String? { index < end ? tokens[index].text : nil }

  /// Words that put a date in the future (true) or the past (false), in lower case: read for the words before every
  /// date, and a table look-up packs a word where a set's lowered its case into a new string and hashed that.
  private static let tenseWords = ASCIIWordTable(
    Dictionary(uniqueKeysWithValues: ["will", "would", "shall", "’ll", "'ll", "due", "expected", "scheduled", "plans", "planned",
                                      "upcoming", "next", "set", "going", "aims", "intends"].map { ($0, true) }
      + ["was", "were", "did", "had", "said", "ago", "last", "took", "began", "came", "made",
         "gave", "won", "lost", "met", "held", "told", "went", "saw", "spoke", "wrote", "ruled"].map { ($0, false) }))
  /// `strikes for 23 March`, `until June`: words before a deadline or target, in lower case.
  private static let deadlineWords = ASCIIWordTable(["for": true, "until": true, "till": true, "by": true])
  /// Parts of a year: `first half of 2023`, `second quarter of 2024`.
  private static let yearParts: ASCIIWordTable<(count: Int, months: Int)> = ASCIIWordTable(["half": (2, 6), "quarter": (4, 3)])
  private static let ordinals = ASCIIWordTable(["first": 1, "second": 2, "third": 3, "fourth": 4])
  /// `end of 2023`, `start of March`.
  private static let periodParts = ASCIIWordTable(["end": true, "start": true, "beginning": true, "middle": true])
  /// `early 2019`, `mid-May`, `late June`.
  private static let periodStages = ASCIIWordTable(["early": true, "mid": true, "late": true, "mid-": true])

  /// Whether the words nearest a date put it in the future (`will vote on
  /// Wednesday`) or the past (`adopted in December`): nil when nothing says.
  private func isFuture(at index: Int, in sentence: Range<Int>) -> Bool? {
    func reading(_ position: Int) -> Bool? {
      if let future = Self.tenseWords[lowercasing: tokens[position].text] { return future }
      guard tokens[position].isLowercaseWord else { return nil }
      let word = tokens[position].text.lowerCasedForLookup
      if word.count > 4, word.hasSuffix("ed") { return false }
      return nil
    }
    // A date as a deadline or target lies ahead.
    if index > sentence.lowerBound, Self.deadlineWords[lowercasing: tokens[index - 1].text] != nil { return true }
    for position in stride(from: index - 1, through: sentence.lowerBound, by: -1) {
      if let found = reading(position) { return found }
    }
    for position in index..<min(sentence.upperBound, index + 8) {
      if let found = reading(position) { return found }
    }
    return nil
  }

  /// Only a number, a month or weekday, or a few words can open a date; the
  /// rest of the tokens are passed over without parsing.
  private func canStartDate(_ index: Int, hasDigit: Bool) -> Bool {
    // A digit anywhere: a number, or `May2019`, `mid-2020` (a month or `mid` glued to a year).
    hasDigit || !lexemes[index].exact.isDisjoint(with: [.month, .weekday]) || lexemes[index].folded.contains(.dateStart)
  }

  private func month(_ index: Int, _ end: Int) -> Int? {
    guard index < end, lexemes[index].exact.contains(.month) else { return nil }
    return months[tokens[index].text]
  }

  private func day(_ index: Int, _ end: Int) -> (value: Int, length: Int)? {
    guard index < end else { return nil }
    // A day is ASCII: a byte beyond it stays when the suffixes come off, and `Int` reads no such text. So the
    // bytes answer, where the characters were walked, the suffixes compared and a string made without them.
    let read: (value: Int, suffixed: Bool)? = tokens[index].text.withUTF8Bytes { bytes in
      // Suffixes come off the end, so a word that opens with no digit or sign is no day.
      guard let first = bytes.first, (0x30...0x39).contains(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-"),
            bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var count = bytes.count
      for suffix in Self.ordinalSuffixes where count >= 2 && bytes[count - 2] == suffix.first && bytes[count - 1] == suffix.second {
        count -= 2
      }
      guard count <= 2, let value = Self.integer(UnsafeBufferPointer(rebasing: bytes[..<count])), (1...31).contains(value) else { return nil }
      return (value, count < bytes.count)
    }
    guard let (value, suffixed) = read else { return nil }
    if !suffixed, index + 1 < end, Self.ordinalSuffixes.contains(where: { tokens[index + 1].text.isSpelled($0.literal) }) { return (value, 2) }
    return (value, 1)
  }

  /// `Int(_:)` of ASCII text: an optional sign, then one to 18 digits (a day or a year's last two are two).
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = bytes.first else { return nil }
    let signed = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
    guard let magnitude = bytes[...].decimalNumber(in: (signed ? 1 : 0)..<bytes.count, maxDigits: 18) else { return nil }
    return first == UInt8(ascii: "-") ? -Int(magnitude) : Int(magnitude)
  }

  private static let ordinalSuffixes: [(literal: StaticString, first: UInt8, second: UInt8)] =
    [("st", UInt8(ascii: "s"), UInt8(ascii: "t")), ("nd", UInt8(ascii: "n"), UInt8(ascii: "d")),
     ("rd", UInt8(ascii: "r"), UInt8(ascii: "d")), ("th", UInt8(ascii: "t"), UInt8(ascii: "h"))]
  /// The words between two dates of a range; `and` too after `between`.
  private static let rangeJoiners = ["to", "-", "–", "—", "through", "until"]

  private func year(_ index: Int, _ end: Int) -> Int? {
    guard index < end, tokens[index].kind == .number else { return nil }
    return Self.yearValue(tokens[index].text)
  }

  /// A year from 1800 to 2100 written as four characters that `Int` reads.
  static func yearValue(_ text: String) -> Int? {
    // Only four ASCII digits are such a year (a sign leaves three digits), so the bytes answer: walking
    // the text by Character cost more than the rest of a date's reading.
    text.withUTF8Bytes(yearValue(bytes:))
  }

  private static func yearValue(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count == 4, let value = bytes[...].decimalNumber(in: 0..<4, maxDigits: 4).map({ Int($0) }) else { return nil }
    return (1800...2100).contains(value) ? value : nil
  }

  /// A calendar point: `25 January, 2022`, `May 19, 2015`, `June 2019`, `10 June`, `2019`, `May2019`, `2021-06-10`.
  private func point(at i: Int, end: Int) -> (Int, DateValue)? {
    if let (d, dl) = day(i, end), let m = month(i + dl, end) {
      var length = dl + 1
      if text(i + length, end) == ",", let y = year(i + length + 1, end) { return (length + 2, .point(year: y, month: m, day: d)) }
      if let y = year(i + length, end) { return (length + 1, .point(year: y, month: m, day: d)) }
      if text(i + length, end) == "of", let y = year(i + length + 1, end) { length += 2; return (length, .point(year: y, month: m, day: d)) }
      return (length, .point(year: nil, month: m, day: d))
    }
    if let m = month(i, end) {
      if let (d, dl) = day(i + 1, end), !(i + 1 + dl < end && tokens[i + 1 + dl].text.isSpelled("%")) {
        let after = i + 1 + dl
        if text(after, end) == ",", let y = year(after + 1, end) { return (dl + 3, .point(year: y, month: m, day: d)) }
        if let y = year(after, end) { return (dl + 2, .point(year: y, month: m, day: d)) }
        return (dl + 1, .point(year: nil, month: m, day: d))
      }
      if let y = year(i + 1, end) { return (2, .point(year: y, month: m, day: nil)) }
      if text(i + 1, end) == "of", let y = year(i + 2, end) { return (3, .point(year: y, month: m, day: nil)) }
      if text(i + 1, end) == "of", text(i + 2, end) == "this" || text(i + 2, end) == "last", text(i + 3, end) == "year" {
        return (4, .point(year: nil, month: m, day: nil))
      }
      guard isLikelyMonth(at: i) else { return nil }
      return (1, .point(year: nil, month: m, day: nil))
    }
    guard i < end else { return nil }
    let word = tokens[i].text
    if let y = year(i, end), !isNumberPart(i) { return (1, .point(year: y, month: nil, day: nil)) }
    if let iso = isoDate(word) { return (1, iso) }
    if let (a, b, y) = Self.numericParts(word) {
      let (day, month) = a > 12 ? (a, b) : b > 12 ? (b, a) : dayFirst ? (a, b) : (b, a)
      guard (1...12).contains(month), day <= CalendarDate.daysIn(month: month, year: y) else { return nil }
      return (1, .point(year: y, month: month, day: day))
    }
    if let glued = gluedMonthYear(word) { return (1, glued) }
    return nil
  }

  /// `May` alone is a month only after a preposition or a date word, since
  /// it is also a verb; other months stand alone.
  private func isLikelyMonth(at index: Int) -> Bool {
    guard tokens[index].text.isSpelled("May") else { return true }
    guard index > 0 else { return false }
    return ["in", "of", "since", "until", "by", "from", "early", "late", "mid", "last", "next", "this", "through", "during", "before", "after"]
      .contains(tokens[index - 1].text.lowercased())
  }

  /// A year inside a longer number-like run (`No. 2019`, `2019%`) is not a date.
  private func isNumberPart(_ index: Int) -> Bool {
    if index + 1 < tokens.count, !tokens[index + 1].spaceBefore {
      let after = tokens[index + 1].text
      if after.isSpelled("%") || after.isSpelled("-") || after.isSpelled("/") { return true }
    }
    if index > 0 {
      if tokens[index - 1].kind == .currency { return true }
      let before = tokens[index - 1].text
      if before.isSpelled("No.") || before.isSpelled("№") || before.isSpelled("#") || before.isSpelled("article") || before.isSpelled("Article")
          || before.isSpelled("Section") || before.isSpelled("section") { return true }
    }
    return false
  }

  private func isoDate(_ word: String) -> DateValue? {
    // A character `-` is that byte alone: without the byte there is nothing to split.
    guard word.withUTF8Bytes({ $0.contains(UInt8(ascii: "-")) }) else { return nil }
    let parts = word.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
          (1...12).contains(m), (1...31).contains(d), (1800...2100).contains(y) else { return nil }
    return .point(year: y, month: m, day: d)
  }

  private func gluedMonthYear(_ word: String) -> DateValue? {
    // A year ends the word, so its last byte is a digit; a digit first leaves no letters for a month,
    // and every month is spelled with some.
    let (first, last) = word.withUTF8Bytes { ($0.first, $0.last) }
    guard let first, let last, !(0x30...0x39).contains(first), (0x30...0x39).contains(last) else {
      return nil
    }
    let letters = String(word.prefix { $0.isLetter })
    let digits = String(word.dropFirst(letters.count))
    guard let m = months[letters], let y = Self.yearValue(digits) else { return nil }
    return .point(year: y, month: m, day: nil)
  }

  /// `2021-2025`, `2021-25`, `2023/24`.
  private func yearRange(_ word: String) -> DateValue? {
    // A range is ASCII: a byte beyond it lands in one of the parts (a mark on a `-` makes it no separator), and
    // no part with one reads as a number. So the bytes answer, split in place rather than into strings.
    word.withUTF8Bytes { bytes in
      let isSeparator = { (byte: UInt8) in byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") }
      guard bytes.contains(where: isSeparator), bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      let parts = bytes.split(whereSeparator: isSeparator).map { UnsafeBufferPointer(rebasing: $0) }
      guard parts.count == 2, let a = Self.yearValue(bytes: parts[0]) else { return nil }
      if let b = Self.yearValue(bytes: parts[1]), b > a { return .range(.point(year: a, month: nil, day: nil), .point(year: b, month: nil, day: nil)) }
      if parts[1].count == 2, let short = Self.integer(parts[1]), a % 100 < short {
        return .range(.point(year: a, month: nil, day: nil), .point(year: a / 100 * 100 + short, month: nil, day: nil))
      }
      return nil
    }
  }

  private func date(at i: Int, end: Int, hasDigit: Bool) -> (Int, DateValue)? {
    let word = tokens[i].text

    // Ranges: `between 2017 and 2018`, `from 1999 to 2008` keep only the dates.
    if let (length, value) = point(at: i, end: end) {
      let after = i + length
      if let joiner = text(after, end),
         Self.rangeJoiners.contains(joiner) || (joiner == "and" && i > 0 && tokens[i - 1].text.lowercased() == "between"),
         let (second, other) = point(at: after + 1, end: end) {
        return (length + 1 + second, .range(value.inheriting(from: other), other.inheriting(from: value)))
      }
      return (length, value)
    }
    // Lowered only here: most dates open with a month or a number, which the calendar point above reads as written.
    let lower = LoweredWord(word)
    if hasDigit, let range = yearRange(word), !isNumberPart(i) || tokens[i].text.contains("-") { return (1, range) }
    // `end of 2023`, `start of March`: the part of a period stands for the period.
    if !hasDigit, lower.value(in: Self.periodParts) != nil, text(i + 1, end) == "of", let (length, value) = point(at: i + 2, end: end) {
      return (2 + length, value)
    }
    // `fiscal 2024`, `FY2024`, `FY 2024`.
    if !hasDigit, lower.text == "fiscal" || lower.text == "fy", let y = year(i + 1, end) { return (2, .point(year: y, month: nil, day: nil)) }
    if hasDigit, lower.hasPrefix("fy"), let y = Self.yearValue(String(word.dropFirst(2))) { return (1, .point(year: y, month: nil, day: nil)) }
    // `first half of 2023`, `second quarter of 2024`.
    if !hasDigit, let ordinal = lower.value(in: Self.ordinals), let part = text(i + 1, end).flatMap({ Self.yearParts[$0] }), ordinal <= part.count,
       text(i + 2, end) == "of", let y = year(i + 3, end) {
      let from = (ordinal - 1) * part.months + 1
      return (4, .range(.point(year: y, month: from, day: nil), .point(year: y, month: from + part.months - 1, day: nil)))
    }
    if (!hasDigit && lower.value(in: Self.periodStages) != nil) || lower.hasPrefix("mid-") {
      if lower.hasPrefix("mid-"), let y = Self.yearValue(String(word.dropFirst(4))) { return (1, .point(year: y, month: nil, day: nil)) }
      let next = i + 1 + (text(i + 1, end) == "-" ? 1 : 0)
      if let (length, value) = point(at: next, end: end) { return (next - i + length, value) }
      return nil
    }
    if !hasDigit, let offset = lower.value(in: Self.relativeDays) { return (1, .relativeDay(offset, anchor: offset == 0 ? dateBeside(index: i, end: end) : nil)) }
    if lexemes[i].exact.contains(.weekday), let weekday = weekdays[word] {
      // `Tuesday, 5 September 2023` and `Monday 2 October` are one date; `Thursday (10 June)` is two.
      let comma = text(i + 1, end) == "," ? 1 : 0
      if let (length, value) = point(at: i + 1 + comma, end: end), value.hasDay {
        return (1 + comma + length, value)
      }
      return (1, .weekday(weekday, anchor: dateBeside(index: i, end: end)))
    }
    if !hasDigit, let offset = lower.value(in: Self.unitOffsets), let unitWord = text(i + 1, end), let unit = Self.units[unitWord], !unitWord.hasSuffix("s") {
      return (2, .relativeUnit(unit, offset))
    }
    if let count = hasDigit ? Int(word) : lower.value(in: Self.numberWords), let unitWord = text(i + 1, end), let unit = Self.units[unitWord],
       let direction = text(i + 2, end) {
      switch direction {
      case "ago": return (3, .offset(unit: unit, count: count, direction: -1))
      case "later", "earlier": return (3, .offset(unit: unit, count: count, direction: nil))
      default: break
      }
    }
    if !hasDigit, lower.text == "first" || lower.text == "last", let count = Int(text(i + 1, end) ?? "") ?? Self.numberWords[text(i + 1, end) ?? ""],
       text(i + 2, end) == "months", text(i + 3, end) == "of", let y = year(i + 4, end), count <= 12 {
      let from = lower.text == "first" ? 1 : 13 - count, to = lower.text == "first" ? count : 12
      return (5, .range(.point(year: y, month: from, day: nil), .point(year: y, month: to, day: nil)))
    }
    if hasDigit, word.hasSuffix("s"), word.count == 5, let y = Self.yearValue(String(word.dropLast())), y % 10 == 0 { return (1, .decade(y / 10)) }
    return nil
  }

  /// `Thursday (10 June)`, `Today (6 May)` or `Tuesday, March 30`: the date beside a day word.
  private func dateBeside(index: Int, end: Int) -> DateValue? {
    var next = index + 1
    if text(next, end) == "(" || text(next, end) == "," { next += 1 }
    return point(at: next, end: end).map(\.1)
  }
}

/// A date's first word in lower case, packed once for the several tables it is looked up in, where each
/// look-up packed it anew.
private struct LoweredWord {
  let text: String
  private let key: PackedWord?

  init(_ word: String) {
    text = word.lowerCasedForLookup
    key = PackedWord(text)
  }

  /// `table[text]`.
  func value<Value>(in table: ASCIIWordTable<Value>) -> Value? {
    guard let key else { return table[text] }
    return table[packed: key]
  }

  /// `text.hasPrefix(prefix)`, asked only of a text whose bytes start with the prefix's: a prefix of characters
  /// starts with their bytes, and the first byte sets most words apart without walking characters.
  func hasPrefix(_ prefix: String) -> Bool {
    text.withUTF8Bytes { bytes in prefix.withUTF8Bytes { bytes.starts(with: $0) } } && text.hasPrefix(prefix)
  }
}

private extension DateValue {
  /// One end of a range takes the year the other gives where it has none (`28 April to May 1, 2020`).
  func inheriting(from first: DateValue) -> DateValue {
    if case .point(nil, let m, let d) = self, case .point(let y?, _, _) = first { return .point(year: y, month: m, day: d) }
    return self
  }
}
