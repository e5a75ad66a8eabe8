/// A document's text as HTML with every quote highlighted and an anchor
/// `id="quote-N"` where it begins, so that a passage link lands on it.
///
/// Quotes may nest or cross (an indirect statement running into a direct
/// quote): the text is cut at every quote's start and end, and each piece
/// inside at least one quote is one `<mark>`, so tags never interleave.
struct PassageMarks {
  let scalars: [Unicode.Scalar]
  let quotes: [NumberedQuote]
  /// The speaker's name for each quote's anchor tooltip, by quote number.
  var speakers: [Int: String] = [:]

  /// - Complexity: O(*n* + *q*²) for a text of *n* scalars with *q* quotes.
  var html: String {
    let ranges = quotes.map { quote in
      let start = min(max(quote.quote.start, 0), scalars.count)
      return (quote: quote, range: start..<min(max(quote.quote.end, start), scalars.count))
    }
    let cuts = Set([0, scalars.count] + ranges.flatMap { [$0.range.lowerBound, $0.range.upperBound] }).sorted()
    var html = ""
    for (start, end) in zip(cuts, cuts.dropFirst()) + [(scalars.count, scalars.count)] {
      for (quote, range) in ranges where range.lowerBound == start {
        let title = speakers[quote.number].map { " title=\"\(HTML.escape($0))\"" } ?? ""
        html += "<a class=\"anchor\" id=\"\(quote.anchor)\" href=\"#\(quote.anchor)\"\(title)>\(quote.number)</a>"
      }
      guard start < end else { continue }
      let piece = HTML.escape(String(String.UnicodeScalarView(scalars[start..<end])))
      let covering = ranges.filter { $0.range.contains(start) }.count
      switch covering {
      case 0: html += piece
      case 1: html += "<mark>\(piece)</mark>"
      default: html += "<mark class=\"overlap\">\(piece)</mark>"
      }
    }
    return html
  }
}
