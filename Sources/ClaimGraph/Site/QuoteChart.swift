/// A speaker's quotes over time: how many fall in each month, or each year
/// when they spread over two years or more, as a small inline SVG bar chart.
struct QuoteChart: Equatable {
  /// One bar: a month or a year, and the quotes dated in it.
  struct Bar: Equatable {
    let year: Int
    /// 1–12; nil for a bar that stands for a whole year.
    let month: Int?
    let count: Int

    /// `2021-06` or `2021`.
    var period: String { month.map { "\(year)-" + String($0).leftPadded(to: 2) } ?? String(year) }
  }

  /// Bars in time order; periods between the first and the last with no quotes get empty bars.
  let bars: [Bar]
  /// Quotes whose document has no date, or one that is not ISO 8601.
  let undated: Int

  /// Counts `dates` (ISO 8601 strings: `2021-06-10`, `2021-06`, `2021`, or nil).
  ///
  ///     QuoteChart(dates: ["2021-03-30", "2021-06-10", "2021-06-10", nil]).bars.map(\.count)  // [1, 0, 0, 2]
  init(dates: [String?]) {
    let dated = dates.compactMap { $0.flatMap(Self.yearAndMonth) }
    undated = dates.count - dated.count
    // Months since year 0, when every date has a month and all lie within `mostMonths`; else years.
    let months = dated.compactMap { date in date.month.map { date.year * 12 + $0 - 1 } }
    let byMonth = months.count == dated.count && (months.max() ?? 0) - (months.min() ?? 0) < Self.mostMonths
    let keys = byMonth ? months : dated.map(\.year)
    var counts: [Int: Int] = [:]
    for key in keys { counts[key, default: 0] += 1 }
    guard let first = keys.min(), let last = keys.max() else {
      bars = []
      return
    }
    // Gaps are empty bars, unless that would make the chart too wide to read.
    let periods = last - first < Self.mostBars ? Array(first...last) : counts.keys.sorted()
    bars = periods.map { key in
      Bar(year: byMonth ? key / 12 : key, month: byMonth ? key % 12 + 1 : nil, count: counts[key] ?? 0)
    }
  }

  /// The chart as an `<svg>` element, with a note of undated quotes left out.
  var html: String {
    let note = undated == 0 ? "" : "\n<p class=\"chart-note\">\(Phrase.count(undated, "undated quote")) not charted.</p>"
    guard let most = bars.map(\.count).max(), most > 0 else { return note }
    let width = Self.margin * 2 + bars.count * Self.slot
    let height = Self.top + Self.plot + Self.bottom
    let baseline = Self.top + Self.plot
    let summary = bars.filter { $0.count > 0 }.map { "\($0.period): \($0.count)" }.joined(separator: ", ")
    var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
      + "viewBox=\"0 0 \(width) \(height)\" role=\"img\">\n"
      + "<title>Quotes per \(bars[0].month == nil ? "year" : "month"): \(summary)</title>\n"
      + "<line class=\"axis\" x1=\"\(Self.margin)\" y1=\"\(baseline)\" x2=\"\(width - Self.margin)\" y2=\"\(baseline)\"/>\n"
    for (offset, bar) in bars.enumerated() {
      let x = Self.margin + offset * Self.slot + (Self.slot - Self.barWidth) / 2
      let center = Self.margin + offset * Self.slot + Self.slot / 2
      // Whole pixels, rounded: the same counts always give the same bytes.
      let barHeight = (bar.count * Self.plot * 2 + most) / (most * 2)
      svg += "<g><title>\(bar.period): \(Phrase.count(bar.count, "quote"))</title>"
      if bar.count > 0 {
        svg += "<rect class=\"bar\" x=\"\(x)\" y=\"\(baseline - barHeight)\" width=\"\(Self.barWidth)\" height=\"\(barHeight)\" rx=\"2\"/>"
          + "<text class=\"count\" x=\"\(center)\" y=\"\(baseline - barHeight - 4)\" text-anchor=\"middle\">\(bar.count)</text>"
      }
      // Months as `Mar`, short enough to label every bar; the year under the first bar and each January.
      let label = bar.month.map { Self.monthNames[$0 - 1] } ?? String(bar.year)
      svg += "<text class=\"period\" x=\"\(center)\" y=\"\(baseline + 15)\" text-anchor=\"middle\">\(label)</text>"
      if let month = bar.month, offset == 0 || month == 1 {
        svg += "<text class=\"year\" x=\"\(center)\" y=\"\(baseline + 29)\" text-anchor=\"middle\">\(bar.year)</text>"
      }
      svg += "</g>\n"
    }
    return svg + "</svg>" + note
  }

  /// The year and month an ISO 8601 date begins with; nil when it does not begin with a year.
  private static func yearAndMonth(_ iso: String) -> (year: Int, month: Int?)? {
    let characters = Array(iso)
    func number(_ range: Range<Int>) -> Int? {
      guard characters.count >= range.upperBound, characters[range].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
      return Int(String(characters[range]))
    }
    guard let year = number(0..<4) else { return nil }
    guard characters.count >= 7, characters[4] == "-", let month = number(5..<7), (1...12).contains(month) else {
      return (year, nil)
    }
    return (year, month)
  }

  private static let mostMonths = 24
  private static let mostBars = 40
  private static let slot = 40
  private static let barWidth = 26
  private static let margin = 8
  private static let top = 20
  private static let plot = 100
  private static let bottom = 36
  private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
