/// Decides which date each date mention is read against.
///
/// A date given by the caller rules the whole document. Otherwise a dateline —
/// a full date among the first words of a paragraph (`Astana, May 19, 2015, …`,
/// `16 November, 2023`) — rules the text after it, and the document's own date
/// is its first dateline, else the date a weekday pins down (`Thursday (10 June)`
/// is 10 June of the year near the document's latest year on which it fell
/// on a Thursday), else the latest year the document names.
struct ReferenceDates {
  private let given: ReferenceDate?
  private let datelines: [(offset: Int, date: ReferenceDate)]
  let document: ReferenceDate?

  init(given: ReferenceDate?, dates: [Candidate], tokens: [Token]) {
    self.given = given
    var datelines: [(Int, ReferenceDate)] = []
    let base = Self.commonestYear(dates)
    for (number, candidate) in dates.enumerated() where Self.startsParagraph(candidate.tokens.lowerBound, tokens) {
      let offset = tokens[candidate.tokens.lowerBound].range.lowerBound
      if let date = candidate.date?.absoluteDate {
        datelines.append((offset, ReferenceDate(date: date)))
      } else if let (month, day) = Self.monthAndDay(candidate.date), let base,
                let date = Self.yearOfDateline(month: month, day: day, weekdays: dates[(number + 1)...].prefix(3), near: base) {
        // `TBILISI, May 14 (Reuters) - … on Tuesday passed …`: the weekday the story gives fixes the year.
        datelines.append((offset, ReferenceDate(date: date)))
      }
    }
    self.datelines = datelines
    document = given ?? datelines.first?.1 ?? Self.pinnedByWeekday(dates) ?? base.map { ReferenceDate(year: $0) }
  }

  /// The reference for a date mention starting at scalar `offset`.
  func reference(at offset: Int) -> ReferenceDate? {
    if let given { return given }
    return datelines.last(where: { $0.offset <= offset })?.date ?? document
  }

  /// A dateline opens its paragraph, after at most a few place names and
  /// separators (`Paris - Geneva - Minsk, May 13, 2020 –`), never after ordinary words.
  private static func startsParagraph(_ index: Int, _ tokens: [Token]) -> Bool {
    var start = index
    while start > 0, tokens[start].newlinesBefore == 0, index - start < 8 { start -= 1 }
    guard start == 0 || tokens[start].newlinesBefore > 0 else { return false }
    // `Updated 5:47 PM EDT, May 16, 2024`: times and place names may stand before it.
    return tokens[start..<index].allSatisfy { $0.isCapitalized || $0.kind == .punctuation || $0.kind == .number }
  }

  private static func latestYear(_ dates: [Candidate]) -> Int? {
    dates.compactMap { candidate -> Int? in
      if case .point(let year?, _, _) = candidate.date { return year }
      return nil
    }.max()
  }

  /// The month and day of a year-less date, tensed or not.
  private static func monthAndDay(_ value: DateValue?) -> (Int, Int)? {
    switch value {
    case .point(nil, let month?, let day?)?, .tensed(.point(nil, let month?, let day?), _)?: return (month, day)
    default: return nil
    }
  }

  /// For a dateline without a year, the year near `base` in which its day
  /// falls on the weekday the first sentences give (`May 14 … on Tuesday`),
  /// or on the day after it (`April 26 … on Thursday`, a story filed the next day).
  private static func yearOfDateline(month: Int, day: Int, weekdays following: ArraySlice<Candidate>, near base: Int) -> CalendarDate? {
    guard let weekday = following.lazy.compactMap({ candidate -> Int? in
      if case .weekday(let weekday, nil)? = candidate.date { return weekday }
      if case .tensed(.weekday(let weekday, nil), _)? = candidate.date { return weekday }
      return nil
    }).first else { return nil }
    let years = (base - 4...base + 1).sorted { abs($0 - base) < abs($1 - base) || (abs($0 - base) == abs($1 - base) && $0 > $1) }
    for lag in 0...1 {
      for year in years where day <= CalendarDate.daysIn(month: month, year: year) {
        let date = CalendarDate(year: year, month: month, day: day)
        if date.adding(days: -lag).weekday == weekday { return date }
      }
    }
    return nil
  }

  /// The year the document names most often (the later on a tie): a story
  /// about 2024 mentions 2024 more than the 2030 target it reports.
  private static func commonestYear(_ dates: [Candidate]) -> Int? {
    var counts: [Int: Int] = [:]
    for candidate in dates {
      if case .point(let year?, _, _) = candidate.date { counts[year, default: 0] += 1 }
    }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }

  private static func pinnedByWeekday(_ dates: [Candidate]) -> ReferenceDate? {
    guard let base = latestYear(dates) else { return nil }
    for candidate in dates {
      guard case .weekday(let weekday, .point(let year, let month?, let day?)?) = candidate.date else { continue }
      if let year { return ReferenceDate(date: CalendarDate(year: year, month: month, day: day)) }
      let years = (base - 6...base + 1).sorted { abs($0 - base) < abs($1 - base) || (abs($0 - base) == abs($1 - base) && $0 < $1) }
      for year in years where day <= CalendarDate.daysIn(month: month, year: year) {
        let date = CalendarDate(year: year, month: month, day: day)
        if date.weekday == weekday { return ReferenceDate(date: date) }
      }
    }
    return nil
  }
}
