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
    for candidate in dates {
      guard let date = candidate.date?.absoluteDate, Self.startsParagraph(candidate.tokens.lowerBound, tokens) else { continue }
      datelines.append((tokens[candidate.tokens.lowerBound].range.lowerBound, ReferenceDate(date: date)))
    }
    self.datelines = datelines
    document = given ?? datelines.first?.1 ?? Self.pinnedByWeekday(dates) ?? Self.latestYear(dates).map { ReferenceDate(year: $0) }
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
    return tokens[start..<index].allSatisfy { $0.isCapitalized || $0.kind == .punctuation }
  }

  private static func latestYear(_ dates: [Candidate]) -> Int? {
    dates.compactMap { candidate -> Int? in
      if case .point(let year?, _, _) = candidate.date { return year }
      return nil
    }.max()
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
