@testable import ClaimGraph
import Testing

/// A DATE mention as the gold files write it: its text and ISO 8601 norm.
private struct FoundDate: Equatable, CustomStringConvertible {
  let text: String
  let norm: String?

  init(_ text: String, _ norm: String?) {
    self.text = text
    self.norm = norm
  }

  var description: String { "\(text) → \(norm ?? "nil")" }
}

/// The DATE mentions in `text`, read against `date` when one is given.
private func dates(_ text: String, date: String? = nil) -> [FoundDate] {
  run(text, through: "entities", date: date).entities.filter { $0.label == .date }.map { mention in
    guard case .date(let iso)? = mention.norm else { return FoundDate(mention.text, nil) }
    return FoundDate(mention.text, iso)
  }
}

@Suite struct DateRecognizerTests {
  // MARK: Absolute dates

  @Test func monthDayCommaYearIsAFullDate() {
    #expect(dates("Astana, May 19, 2015, the Commission on Human Rights presented the Special Report.")
      == [FoundDate("May 19, 2015", "2015-05-19")])
  }

  @Test func dayMonthCommaYearIsAFullDate() {
    #expect(dates("The results are expected to be discussed annually, with the first assessment due on 25 January, 2022.")
      == [FoundDate("25 January, 2022", "2022-01-25")])
  }

  @Test func dayMonthYearWithoutCommaIsAFullDate() {
    #expect(dates("Kazakhstan ratified the protocol on 15 October 2008.") == [FoundDate("15 October 2008", "2008-10-15")])
  }

  @Test func ordinalSuffixOnTheDayOrAfterItIsPartOfTheDay() {
    #expect(dates("The Senate will vote on June 10th, 2024, after the committee met on 22nd May 2023 and on June 3 rd.")
      == [FoundDate("June 10th, 2024", "2024-06-10"), FoundDate("22nd May 2023", "2023-05-22"), FoundDate("June 3 rd", "2024-06-03")])
  }

  @Test func monthYearIsAMonth() {
    #expect(dates("Protection of human rights has been a priority for President Tokayev since his election in June 2019.")
      == [FoundDate("June 2019", "2019-06")])
  }

  @Test func yearAloneIsAYear() {
    #expect(dates("IOM has run the Counter-Trafficking Programme in Kazakhstan since 2000.") == [FoundDate("2000", "2000")])
  }

  @Test func isoDateIsAFullDate() {
    #expect(dates("The decree was published on 2021-06-10 in the official gazette.") == [FoundDate("2021-06-10", "2021-06-10")])
  }

  @Test func lateBeforeAYearIsPartOfTheDateButNotOfTheNorm() {
    #expect(dates("Erlan Karin recalled the abolition of the death penalty in late 2019.") == [FoundDate("late 2019", "2019")])
  }

  @Test func capitalisedDateWordOpensADate() {
    #expect(dates("Early 2020 saw the first protests; LATE 2021 saw the last.")
      == [FoundDate("Early 2020", "2020"), FoundDate("LATE 2021", "2021")])
  }

  @Test func yearAfterNumberAbbreviationIsNotADate() {
    #expect(dates("Order No. 2015 of the Minister of Justice was repealed.") == [])
  }

  // MARK: Ranges

  @Test func hyphenatedYearsAreOneRange() {
    #expect(dates("The Commission has presented a new Strategy on Combatting Trafficking in Human Beings (2021-2025).")
      == [FoundDate("2021-2025", "2021/2025")])
  }

  @Test func enDashedYearsAreOneRange() {
    #expect(dates("The Communication on the EU Strategy on Combatting Trafficking in Human Beings 2021–2025 was published.")
      == [FoundDate("2021–2025", "2021/2025")])
  }

  @Test func betweenYearsIsOneRangeWithoutBetween() {
    #expect(dates("Between 2017 and 2018, there were more than 14,000 registered victims within the European Union.")
      == [FoundDate("2017 and 2018", "2017/2018")])
  }

  @Test func aYearIsFourDigitsFrom1800To2100() {
    // `Clean Air Act of 1990`: what `Int` reads of four characters, in range; a sign leaves too few digits.
    #expect(DateRecognizer.yearValue("1990") == 1990)
    #expect(DateRecognizer.yearValue("2100") == 2100)
    #expect(["1799", "2101", "+999", "-199", "199", "19900", "１９９０", "199a", ""].allSatisfy { DateRecognizer.yearValue($0) == nil })
  }

  @Test func andWithoutBetweenJoinsNoRange() {
    #expect(dates("Turnout fell in 2017 and 2018, the commission said.") == [FoundDate("2017", "2017"), FoundDate("2018", "2018")])
  }

  @Test func fromYearToYearIsOneRangeWithoutFrom() {
    #expect(dates("The programme ran from 1999 to 2008.") == [FoundDate("1999 to 2008", "1999/2008")])
  }

  @Test func rangeStartTakesTheYearWrittenAfterTheRangeEnd() {
    #expect(dates("The office was closed from 28 April to May 1, 2020.") == [FoundDate("28 April to May 1, 2020", "2020-04-28/2020-05-01")])
  }

  @Test func firstMonthsOfAYearIsAMonthRange() {
    #expect(dates("During the first nine months of 2016, courts blocked 55 websites.")
      == [FoundDate("first nine months of 2016", "2016-01/2016-09")])
  }

  // MARK: Year-less dates and the document's year

  @Test func dayMonthWithoutYearHasNoNormWhenNothingFixesTheYear() {
    #expect(dates("The working group will meet on 10 June.") == [FoundDate("10 June", nil)])
  }

  @Test func monthAloneTakesTheYearOfTheDocument() {
    #expect(dates("In February 2021, the President proposed a new package. In February, the European Parliament passed a resolution.")
      == [FoundDate("February 2021", "2021-02"), FoundDate("February", "2021-02")])
  }

  @Test func todayTakesItsBracketedDate() {
    let text = "Today (6 May), Home Affairs Commissioner Ylva Johansson is participating in two events. The Strategy was adopted in April 2021."
    #expect(dates(text) == [FoundDate("Today", "2021-05-06"), FoundDate("6 May", "2021-05-06"), FoundDate("April 2021", "2021-04")])
  }

  @Test func weekdayAndItsBracketedDateAreTwoMentions() {
    expectEntities(run("Tokayev said on Twitter on Thursday (10 June) that the plan was adopted.", through: "entities"), .date, ["Thursday", "10 June"])
  }

  @Test func weekdayPinsTheYearOfItsBracketedDate() {
    // 10 June fell on a Thursday in 2021, the year near 2022 that fits.
    let text = "“A corresponding decree was signed today,” Tokayev said on Twitter on Thursday (10 June). The first assessment is due on 25 January, 2022."
    #expect(dates(text) == [FoundDate("today", "2021-06-10"), FoundDate("Thursday", "2021-06-10"),
                            FoundDate("10 June", "2021-06-10"), FoundDate("25 January, 2022", "2022-01-25")])
  }

  @Test func weekdayPinnedDateIsTheDocumentsReferenceDate() {
    let document = run("Tokayev announced the plan on Thursday (10 June). The first assessment is due on 25 January, 2022.", through: "entities")
    #expect(document.referenceDate == ReferenceDate(date: CalendarDate(year: 2021, month: 6, day: 10)))
  }

  @Test func weekdayPinsTheYearOfLaterYearlessDates() {
    let text = "Tokayev took over in March 2019. He announced the plan on Thursday (10 June). In February, the European Parliament passed a resolution. The first assessment is due on 25 January, 2022."
    #expect(dates(text) == [FoundDate("March 2019", "2019-03"), FoundDate("Thursday", "2021-06-10"), FoundDate("10 June", "2021-06-10"),
                            FoundDate("February", "2021-02"), FoundDate("25 January, 2022", "2022-01-25")])
  }

  // MARK: Datelines

  @Test func datelineFixesTheYearOfLaterDates() {
    let text = "Astana, May 19, 2015, the Commission presented the Special Report. Its authors will brief Parliament on 3 June."
    #expect(dates(text) == [FoundDate("May 19, 2015", "2015-05-19"), FoundDate("3 June", "2015-06-03")])
  }

  @Test func datelineOnItsOwnLineFixesTheYearOfLaterDates() {
    let text = "16 November, 2023\n\nCurrently, Kazakhstan is developing a special law. The working group met on 3 October."
    #expect(dates(text) == [FoundDate("16 November, 2023", "2023-11-16"), FoundDate("3 October", "2023-10-03")])
  }

  @Test func laterDatelineRulesTheTextAfterIt() {
    let text = "Astana, May 19, 2015, the Commission presented the Special Report. Its authors will brief Parliament on 3 June.\n\nAlmaty, 16 November, 2023 – The working group met again. It will report on 1 December."
    #expect(dates(text) == [FoundDate("May 19, 2015", "2015-05-19"), FoundDate("3 June", "2015-06-03"),
                            FoundDate("16 November, 2023", "2023-11-16"), FoundDate("1 December", "2023-12-01")])
  }

  @Test func datelineIsTheDocumentsReferenceDate() {
    let document = run("Astana, May 19, 2015, the Commission presented the Special Report.", through: "entities")
    #expect(document.referenceDate == ReferenceDate(date: CalendarDate(year: 2015, month: 5, day: 19)))
  }

  // MARK: A date given by the caller

  @Test func todayIsTheGivenDate() {
    #expect(dates("A corresponding decree was signed today.", date: "2021-06-10") == [FoundDate("today", "2021-06-10")])
  }

  @Test func todayHasNoNormWithoutAGivenDate() {
    #expect(dates("A corresponding decree was signed today.") == [FoundDate("today", nil)])
  }

  @Test func givenDateRulesOverADateline() {
    let text = "Astana, May 19, 2015, the Commission presented the Special Report. Its authors briefed Parliament on 3 June."
    #expect(dates(text, date: "2023-11-16") == [FoundDate("May 19, 2015", "2015-05-19"), FoundDate("3 June", "2023-06-03")])
  }

  @Test func givenDateFixesTheYearOfDayMonth() {
    #expect(dates("The working group will meet on 10 June.", date: "2021-05-06") == [FoundDate("10 June", "2021-06-10")])
  }

  @Test func bareWeekdayIsTheLatestSuchDayOnOrBeforeTheGivenDate() {
    #expect(dates("The BBC on Wednesday said it had relocated its China correspondent.", date: "2021-04-02")
      == [FoundDate("Wednesday", "2021-03-31")])
  }

  @Test func yesterdayAndTomorrowCountFromTheGivenDate() {
    #expect(dates("It was announced yesterday and takes effect tomorrow.", date: "2021-06-10")
      == [FoundDate("yesterday", "2021-06-09"), FoundDate("tomorrow", "2021-06-11")])
  }

  @Test func lastWeekIsTheISOWeekBeforeTheGivenDate() {
    #expect(dates("Kazakh officials responded last week.", date: "2021-06-10") == [FoundDate("last week", "2021-W22")])
  }

  @Test func lastWeekInEarlyJanuaryCanBeTheLastISOWeekOfTheYearBefore() {
    #expect(dates("The commission met last week.", date: "2021-01-08") == [FoundDate("last week", "2020-W53")])
  }

  @Test func nextWeekInLateDecemberCanBeTheFirstISOWeekOfTheNextYear() {
    #expect(dates("The commission will meet next week.", date: "2019-12-23") == [FoundDate("next week", "2020-W01")])
  }

  @Test func yearsAgoCountBackFromTheGivenDate() {
    #expect(dates("The law was adopted two years ago.", date: "2021-06-10") == [FoundDate("two years ago", "2019")])
  }

  @Test func daysLaterIsADateWithoutNorm() {
    #expect(dates("On June 15, James Palmer published an article. Two days later, the website was blocked.", date: "2017-06-20")
      == [FoundDate("June 15", "2017-06-15"), FoundDate("Two days later", nil)])
  }

  @Test func givenDateIsTheDocumentsReferenceDate() {
    let document = run("The working group will meet on 10 June.", through: "entities", date: "2021-05-06")
    #expect(document.referenceDate == ReferenceDate(date: CalendarDate(year: 2021, month: 5, day: 6)))
  }

  // MARK: Offsets

  @Test func dateRangeIsInScalarOffsetsAfterAnEmoji() {
    let document = run("📅 Between 2017 and 2018, victims were registered.", through: "entities")
    let mention = document.entities.first { $0.label == .date }
    #expect(mention?.range == 10..<23)
    #expect(mention?.text == "2017 and 2018")
  }
}

/// The ISO norms of every DATE in `text`, in reading order.
private func norms(_ text: String) -> [String] {
  run(text, through: "entities").entities.compactMap { mention in
    guard mention.label == .date, case .date(let iso)? = mention.norm else { return nil }
    return iso
  }
}

@Suite struct NumericDateConventionTests {
  @Test func numericDateIsDayFirstInADocumentThatWritesDayMonth() {
    #expect(norms("LONDON, 12 March 2024 - The rules, first published on 10/06/2021, apply.") == ["2024-03-12", "2021-06-10"])
  }

  @Test func numericDateIsMonthFirstInADocumentThatWritesMonthDay() {
    #expect(norms("WASHINGTON, June 3, 2023 - The rules, first published on 10/06/2021, apply.") == ["2023-06-03", "2021-10-06"])
  }

  @Test func aNumberAboveTwelveSettlesTheConvention() {
    #expect(norms("Filed on 06/25/2021 and amended on 07/01/2021.") == ["2021-06-25", "2021-07-01"])
  }

  @Test func aDayWrittenAsAnHTMLEntityCountsTowardTheConvention() {
    // Scraped text keeps character references; `&#49;` is read as the digit 1, a token of kind word.
    #expect(norms("WASHINGTON - On June &#49;, the rules first published on 05/06/2021 were amended.").last == "2021-05-06")
  }

  @Test func dottedNumericDateIsADate() {
    #expect(norms("The law applies from 01.07.2024.") == ["2024-07-01"])
  }
}

@Suite struct TensedDateTests {
  @Test func weekdayInTheFutureIsTheComingOne() {
    #expect(norms("BRUSSELS, 12 March 2024 - The European Parliament will vote on Wednesday on the act.") == ["2024-03-12", "2024-03-13"])
  }

  @Test func weekdayInThePastIsTheLatestOne() {
    #expect(norms("BRUSSELS, 12 March 2024 - The European Parliament voted on Wednesday on the act.") == ["2024-03-12", "2024-03-06"])
  }

  @Test func monthLaterInTheYearInThePastIsLastYears() {
    #expect(norms("Tokyo, 2024-01-18 - The strategy adopted in December doubles child benefits.") == ["2024-01-18", "2023-12"])
  }

  @Test func earlierDateAsATargetIsNextYears() {
    #expect(norms("PARIS, 17 November 2023 - Unions called a strike for 23 March.") == ["2023-11-17", "2024-03-23"])
  }

  @Test func weekdayWrittenWithItsDateIsOneDate() {
    let doc = run("Tuesday, 5 September 2023\n\nThe regulator fined the bank.", through: "entities")
    #expect(doc.entities.filter { $0.label == .date }.map(\.text) == ["Tuesday, 5 September 2023"])
  }

  @Test func periodsOfAYearAreRanges() {
    #expect(norms("Revenue rose in the first half of 2023 and will fall by the end of 2024 in fiscal 2025.") == ["2023-01/2023-06", "2024", "2025"])
  }

  @Test func fiscalYearWithASlashIsARange() {
    #expect(norms("The 2023/24 budget was tabled.") == ["2023/2024"])
  }
}

@Suite struct YearlessDatelineTests {
  @Test func weekdayInTheFirstSentenceFixesTheYearOfAYearlessDateline() {
    let text = "TBILISI, May 14 (Reuters) - Georgia's parliament on Tuesday passed a law. Elections are due in October 2024 and 2024 is busy."
    #expect(norms(text) == ["2024-05-14", "2024-05-14", "2024-10", "2024"])
  }

  @Test func timeBeforeADatelineDoesNotHideIt() {
    let text = "Updated 5:47 PM EDT, May 16, 2024\n\nWASHINGTON (AP) - A Senate committee voted Thursday to revive a subsidy."
    #expect(norms(text) == ["2024-05-16", "2024-05-16"])
  }
}
