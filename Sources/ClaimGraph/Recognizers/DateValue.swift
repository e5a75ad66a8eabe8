/// What a date expression says, before it is read against a reference date.
indirect enum DateValue: Sendable, Equatable {
  /// A calendar point at some precision; a nil year takes the reference year.
  case point(year: Int?, month: Int?, day: Int?)
  /// A decade: `1990s` is 199.
  case decade(Int)
  case range(DateValue, DateValue)
  /// `today` is 0, `yesterday` −1, `tomorrow` 1; with the date the text
  /// gives beside it (`Today (6 May)`).
  case relativeDay(Int, anchor: DateValue?)
  /// A weekday (1 Monday … 7 Sunday), with the date that the text gives beside it.
  case weekday(Int, anchor: DateValue?)
  /// `this year`, `last month`, `next week`: a calendar unit and an offset.
  case relativeUnit(String, Int)
  /// `two years ago` counted back from the reference date, or nil where it
  /// cannot be placed (`two days later`).
  case offset(unit: String, count: Int, direction: Int?)
  /// A weekday or a year-less date with the tense of its sentence: `will vote
  /// on Wednesday` is the coming Wednesday; `adopted in December`, read in
  /// January, is last December. Nil when the sentence does not say.
  case tensed(DateValue, future: Bool?)

  /// Weekdays without a date and year-less dates depend on the tense around them.
  var needsTense: Bool {
    switch self {
    case .weekday(_, nil): return true
    case .point(nil, _?, _): return true
    default: return false
    }
  }

  var hasDay: Bool {
    if case .point(_, _?, _?) = self { return true }
    return false
  }

  /// The ISO 8601 value against `reference`, or nil where the text does not fix it.
  func normalized(reference: ReferenceDate?) -> String? {
    switch self {
    case .point(let year, let month, let day):
      guard let y = year ?? reference?.year else { return nil }
      var iso = pad(y, 4)
      if let m = month {
        iso += "-" + pad(m, 2)
        if let d = day {
          guard d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
          iso += "-" + pad(d, 2)
        }
      }
      return iso
    case .decade(let decade):
      return String(decade)
    case .range(let from, let to):
      guard let a = from.normalized(reference: reference), let b = to.normalized(reference: reference) else { return nil }
      return a + "/" + b
    case .relativeDay(let days, let anchor):
      if let anchor, let iso = anchor.normalized(reference: reference) { return iso }
      return reference?.date?.adding(days: days).iso
    case .weekday(let weekday, let anchor):
      if let anchor, let iso = anchor.normalized(reference: reference) { return iso }
      guard let today = reference?.date else { return nil }
      let back = (today.weekday - weekday + 7) % 7
      return today.adding(days: -back).iso
    case .relativeUnit(let unit, let offset):
      guard let reference else { return nil }
      switch unit {
      case "year": return pad(reference.year + offset, 4)
      case "month":
        guard let today = reference.date else { return nil }
        var m = today.month + offset, y = today.year
        while m < 1 { m += 12; y -= 1 }
        while m > 12 { m -= 12; y += 1 }
        return pad(y, 4) + "-" + pad(m, 2)
      case "week":
        guard let today = reference.date else { return nil }
        return today.adding(days: 7 * offset).isoWeek
      default: return nil
      }
    case .tensed(let value, let future):
      guard let today = reference?.date, let future else { return value.normalized(reference: reference) }
      switch value {
      case .weekday(let weekday, nil) where future:
        return today.adding(days: (weekday - today.weekday + 7) % 7).iso
      case .point(nil, let month?, let day):
        let laterInYear = (month, day ?? 1) > (today.month, today.day)
        let year = future && !laterInYear && (month, day ?? 31) < (today.month, today.day) ? today.year + 1
          : !future && laterInYear ? today.year - 1 : today.year
        return DateValue.point(year: year, month: month, day: day).normalized(reference: reference)
      default:
        return value.normalized(reference: reference)
      }
    case .offset(let unit, let count, let direction):
      guard let direction, let today = reference?.date else { return nil }
      switch unit {
      case "day": return today.adding(days: direction * count).iso
      case "week": return today.adding(days: direction * 7 * count).iso
      case "month": return DateValue.relativeUnit("month", direction * count).normalized(reference: reference)
      case "year": return pad(today.year + direction * count, 4)
      default: return nil
      }
    }
  }

  /// The full date this expression names without help, if it names one.
  var absoluteDate: CalendarDate? {
    if case .point(let y?, let m?, let d?) = self, d <= CalendarDate.daysIn(month: m, year: y) {
      return CalendarDate(year: y, month: m, day: d)
    }
    return nil
  }
}

extension CalendarDate {
  /// ISO week date, `2021-W23`.
  var isoWeek: String {
    let thursday = adding(days: 4 - weekday)
    let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)
    var dayOfYear = 0
    var cursor = firstOfYear
    while cursor < thursday { cursor = cursor.adding(days: 1); dayOfYear += 1 }
    return pad(thursday.year, 4) + "-W" + pad(dayOfYear / 7 + 1, 2)
  }
}
