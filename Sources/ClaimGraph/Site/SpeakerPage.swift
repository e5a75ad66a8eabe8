/// `speakers/<slug>.html`: a person's or organisation's every quote, oldest
/// first, with a chart of quotes over time.
struct SpeakerPage {
  let map: SiteMap
  let speaker: GraphRecord.Entity

  var html: String {
    let quotes = map.quotes(by: speaker.id).sorted(by: Self.byDate(map))
    let card = QuoteCard(map: map, root: "../", showsSpeaker: false)
    let documents = Set(quotes.map(\.quote.document)).count
    let body = """
    <h1>\(HTML.escape(speaker.name))</h1>
    <p class="lede"><span class="type">\(EntityKind(speaker.type).singular)</span> · \(Phrase.count(quotes.count, "quote")) in \(Phrase.count(documents, "document"))</p>
    \(AliasList(entity: speaker).html)
    <section class="timeline">
    <h2>Quotes over time</h2>
    \(QuoteChart(dates: quotes.map(map.date(of:))).html)
    </section>
    <section>
    <h2>Every quote</h2>
    \(quotes.map(card.html).joined(separator: "\n"))
    </section>
    """
    return HTMLPage(title: speaker.name, root: "../", body: body).rendered
  }

  /// Dated quotes first, oldest first; then graph order.
  static func byDate(_ map: SiteMap) -> (NumberedQuote, NumberedQuote) -> Bool {
    { left, right in
      let leftDate = map.date(of: left), rightDate = map.date(of: right)
      if leftDate != rightDate {
        guard let leftDate else { return false }
        guard let rightDate else { return true }
        return leftDate < rightDate
      }
      return left.position < right.position
    }
  }
}
