/// `documents/<id>.html`: the source text with its quotes marked, and a list
/// of the quotes linking to them. When the text cannot be read the page lists
/// the quotes alone, each carrying its passage anchor, and says why.
struct DocumentPage {
  let map: SiteMap
  let document: GraphRecord.Document
  let text: SourceTexts.Outcome

  var html: String {
    let quotes = map.quotes(in: document.id)
    let card = QuoteCard(map: map, root: "../")
    let title = map.title(of: document)
    var facts = ["<span class=\"type\">document</span>", "<code>\(HTML.escape(document.path))</code>"]
    if let date = document.date { facts.append(HTML.time(date)) }
    facts.append(Phrase.count(quotes.count, "quote"))
    let content: String
    switch text {
    case .text(let text):
      var marks = PassageMarks(scalars: Array(text.unicodeScalars), quotes: quotes)
      for quote in quotes { marks.speakers[quote.number] = map.speakerName(of: quote.quote) }
      let list = quotes.map { quote in
        "<li>\(HTML.link(String(quote.number), to: "#" + quote.anchor, root: "", className: "anchor-link")) "
          + "\(card.speaker(of: quote.quote)) \(QuoteCard.badge(quote.quote)) "
          + "<span class=\"excerpt\">\(HTML.escape(Self.excerpt(quote.quote.text)))</span></li>"
      }
      let index = list.isEmpty ? "" : "<details class=\"quote-index\"\(list.count <= 12 ? " open" : "")>"
        + "<summary>Quotes in this document</summary>\n<ol class=\"quote-list\">\n\(list.joined(separator: "\n"))\n</ol>\n</details>\n"
      content = index + "<div class=\"source-text\">\(marks.html)</div>"
    case .unreadable(let reason):
      var anchored = card
      anchored.anchored = true
      content = """
      <p class="note">The source text, <code>\(HTML.escape(document.path))</code>, could not be read (\(HTML.escape(reason))): \
      the quotes are shown without it.</p>
      \(quotes.map(anchored.html).joined(separator: "\n"))
      """
    }
    let body = """
    <h1>\(HTML.escape(title))</h1>
    <p class="lede">\(facts.joined(separator: " · "))</p>
    \(content)
    """
    return HTMLPage(title: title, root: "../", body: body).rendered
  }

  /// The first dozen words of a quote, for the list of quotes.
  static func excerpt(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace)
    return words.count <= 12 ? words.joined(separator: " ") : words.prefix(12).joined(separator: " ") + " …"
  }
}
