/// A proleptic Gregorian calendar date, used as a document's reference date.
public struct CalendarDate: Sendable, Equatable, Comparable, Hashable {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
  public init?(iso: String) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
          let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
          (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: y)).contains(d) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

  /// 1 is Monday … 7 is Sunday (Zeller's congruence, shifted).
  public var weekday: Int {
    var y = year, m = month
    if m < 3 { m += 12; y -= 1 }
    let h = (day + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400) % 7  // 0 = Saturday
    return (h + 5) % 7 + 1
  }

  /// The date `days` later (or earlier, when negative).
  public func adding(days: Int) -> CalendarDate {
    var y = year, m = month, d = day + days
    while d < 1 {
      m -= 1
      if m < 1 { m = 12; y -= 1 }
      d += CalendarDate.daysIn(month: m, year: y)
    }
    while d > CalendarDate.daysIn(month: m, year: y) {
      d -= CalendarDate.daysIn(month: m, year: y)
      m += 1
      if m > 12 { m = 1; y += 1 }
    }
    return CalendarDate(year: y, month: m, day: d)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

/// `value` in decimal (or hexadecimal), left-padded with zeros to `width` digits.
func pad(_ value: Int, _ width: Int, hex: Bool = false) -> String {
  let digits = String(value, radix: hex ? 16 : 10)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
