/// One quote as the speaker, measure and document pages show it: the words,
/// then kind, speaker, date, document and a link to the passage, then the
/// measures it is about.
struct QuoteCard {
  let map: SiteMap
  /// The path from the page to the site's top folder.
  let root: String
  /// False on a speaker's own page, where the name would only repeat.
  var showsSpeaker = true
  /// The card's own `id`: the passage anchor, on a document page whose text could not be read.
  var anchored = false

  func html(_ numbered: NumberedQuote) -> String {
    let quote = numbered.quote
    var meta = [Self.badge(quote)]
    if showsSpeaker { meta.append("<span class=\"speaker\">\(speaker(of: quote))</span>") }
    meta.append(map.date(of: numbered).map(HTML.time) ?? "<span class=\"undated\">undated</span>")
    if let document = map.index.document(quote.document), let page = map.page(ofDocument: document.id) {
      meta.append(HTML.link(map.title(of: document), to: page, root: root, className: "document"))
    } else {
      meta.append("<span class=\"document\">\(HTML.escape(quote.document))</span>")
    }
    if let passage = map.passage(numbered) { meta.append(HTML.link("passage", to: passage, root: root, className: "passage")) }
    let about = quote.measures.isEmpty ? "" : "\n<p class=\"measures\">About: " + quote.measures.map { id in
      map.page(ofEntity: id).map { HTML.link(map.index.name(of: id), to: $0, root: root, className: "measure") }
        ?? HTML.escape(map.index.name(of: id))
    }.joined(separator: ", ") + "</p>"
    let idAttribute = anchored ? " id=\"\(numbered.anchor)\"" : ""
    return """
    <article class="quote \(Self.kind(quote))"\(idAttribute)>
    <blockquote class="quote-text">\(HTML.escape(quote.text))</blockquote>
    <p class="meta">\(meta.joined(separator: " <span class=\"dot\">·</span> "))</p>\(about)
    </article>
    """
  }

  /// `direct` or `indirect`: the quote's kind as a class name.
  static func kind(_ quote: GraphRecord.Quote) -> String { quote.kind == "direct" ? "direct" : "indirect" }

  /// The kind as readers say it: a `quote`, or `reported` speech.
  static func badge(_ quote: GraphRecord.Quote) -> String {
    "<span class=\"kind \(kind(quote))\">\(quote.kind == "direct" ? "quote" : "reported")</span>"
  }

  /// The speaker's name, linked to their page when they have one.
  func speaker(of quote: GraphRecord.Quote) -> String {
    let name = map.speakerName(of: quote)
    return quote.speaker.flatMap(map.page(ofEntity:)).map { HTML.link(name, to: $0, root: root) } ?? HTML.escape(name)
  }
}
