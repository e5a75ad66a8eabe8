@testable import ClaimGraph
import Testing

private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

@Suite struct CalendarDateTests {
  // MARK: Parsing

  @Test func isoDateParses() {
    #expect(CalendarDate(iso: "2021-06-10") == CalendarDate(year: 2021, month: 6, day: 10))
  }

  @Test func leapDayParsesInALeapYear() {
    #expect(CalendarDate(iso: "2020-02-29") == CalendarDate(year: 2020, month: 2, day: 29))
    #expect(CalendarDate(iso: "2000-02-29") == CalendarDate(year: 2000, month: 2, day: 29))
  }

  @Test func leapDayIsRejectedInACommonYear() {
    #expect(CalendarDate(iso: "2021-02-29") == nil)
    #expect(CalendarDate(iso: "1900-02-29") == nil)
  }

  @Test func impossibleMonthOrDayIsRejected() {
    #expect(CalendarDate(iso: "2021-13-01") == nil)
    #expect(CalendarDate(iso: "2021-04-31") == nil)
    #expect(CalendarDate(iso: "2021-06-00") == nil)
  }

  @Test func textThatIsNotYearMonthDayIsRejected() {
    #expect(CalendarDate(iso: "2021-06") == nil)
    #expect(CalendarDate(iso: "10 June 2021") == nil)
    #expect(CalendarDate(iso: "2021-06-10T09:00") == nil)
    #expect(CalendarDate(iso: "21-06-10") == nil)
  }

  @Test func singleDigitMonthOrDayIsRejected() {
    #expect(CalendarDate(iso: "2021-6-10") == nil)
    #expect(CalendarDate(iso: "2021-06-1") == nil)
  }

  @Test func signedYearIsRejected() {
    #expect(CalendarDate(iso: "+021-06-10") == nil)
  }

  // MARK: Formatting

  @Test func isoPadsMonthAndDay() {
    #expect(CalendarDate(year: 2015, month: 5, day: 9).iso == "2015-05-09")
  }

  @Test func isoPadsTheYearToFourDigits() {
    #expect(CalendarDate(year: 988, month: 7, day: 28).iso == "0988-07-28")
  }

  @Test func isoRoundTripsThroughParsing() {
    #expect(date("2023-11-16").iso == "2023-11-16")
  }

  // MARK: Weekdays

  @Test func weekdayOfAThursday() {
    #expect(date("2021-06-10").weekday == 4)
  }

  @Test func weekdayOfATuesdayInJanuary() {
    // January and February count as months of the year before in Zeller's congruence.
    #expect(date("2022-01-25").weekday == 2)
  }

  @Test func weekdayOfASunday() {
    #expect(date("2021-03-28").weekday == 7)
  }

  @Test func weekdayOfAMonday() {
    #expect(date("2019-12-30").weekday == 1)
  }

  @Test func weekdayOfALeapDay() {
    #expect(date("2000-02-29").weekday == 2)
  }

  // MARK: Arithmetic

  @Test func addingDaysCrossesTheYearEnd() {
    #expect(date("2021-12-31").adding(days: 1) == date("2022-01-01"))
  }

  @Test func subtractingDaysLandsOnTheLeapDay() {
    #expect(date("2020-03-01").adding(days: -1) == date("2020-02-29"))
  }

  @Test func subtractingDaysCrossesTheYearStart() {
    #expect(date("2021-01-03").adding(days: -7) == date("2020-12-27"))
  }

  @Test func addingAYearOfDays() {
    #expect(date("2021-06-10").adding(days: 365) == date("2022-06-10"))
  }

  @Test func addingZeroDaysIsTheSameDate() {
    #expect(date("2015-05-19").adding(days: 0) == date("2015-05-19"))
  }

  @Test func daysInFebruaryFollowTheGregorianLeapRule() {
    #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
    #expect(CalendarDate.daysIn(month: 2, year: 2023) == 28)
    #expect(CalendarDate.daysIn(month: 2, year: 2100) == 28)
    #expect(CalendarDate.daysIn(month: 2, year: 2400) == 29)
  }

  @Test func daysInThirtyDayMonths() {
    #expect([4, 6, 9, 11].map { CalendarDate.daysIn(month: $0, year: 2021) } == [30, 30, 30, 30])
  }

  // MARK: Order

  @Test func earlierDateSortsFirst() {
    #expect(date("2014-12-29") < date("2015-05-19"))
    #expect(!(date("2015-05-19") < date("2015-05-19")))
  }

  @Test func datesSortByYearThenMonthThenDay() {
    let dates = [date("2021-06-10"), date("2015-05-19"), date("2021-02-01"), date("2014-12-29")]
    #expect(dates.sorted().map(\.iso) == ["2014-12-29", "2015-05-19", "2021-02-01", "2021-06-10"])
  }
}
