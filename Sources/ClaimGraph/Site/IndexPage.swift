/// `index.html`: the search box, and every speaker, measure and document
/// listed for browsing (the lists work without JavaScript too).
struct IndexPage {
  let map: SiteMap

  var html: String {
    let index = map.index
    let attributed = map.quotes.filter { $0.quote.speaker != nil }.count
    let people = map.speakers.filter { $0.type == .person }
    let organisations = map.speakers.filter { $0.type == .org }
    let body = """
    <h1>Who said what about which measure</h1>
    <p class="lede">\(Phrase.count(index.quotes.count, "quote")) (\(attributed) with a named speaker) from \
    \(Phrase.count(index.documents.count, "document")), about \(Phrase.count(map.measures.count, "measure")).</p>
    <form class="search" role="search" action="#">
    <label for="search">Search people, organisations and measures</label>
    <input id="search" type="search" placeholder="A name, an alias or a measure: Tokayev, Adil Soz, decree…" autocomplete="off" autofocus>
    </form>
    <p id="search-status" class="search-status" aria-live="polite"></p>
    <ol id="results" class="results"></ol>
    <div class="browse">
    \(section(EntityKind(.person).plural, people) { map.quotes(by: $0.id).count })
    \(section(EntityKind(.org).plural, organisations) { map.quotes(by: $0.id).count })
    \(section(EntityKind(.law).plural, map.measures) { map.quotes(about: $0.id).count })
    \(documents)
    </div>
    """
    return HTMLPage(title: "Quotes", root: "", body: body, scripts: ["search-index.js", "site.js"]).rendered
  }

  private func section(_ heading: String, _ entities: [GraphRecord.Entity], quotes: (GraphRecord.Entity) -> Int) -> String {
    list(heading, entities.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.compactMap { entity in
      map.page(ofEntity: entity.id).map { (entity.name, $0, String(quotes(entity))) }
    })
  }

  private var documents: String {
    list("Documents", map.documents.compactMap { document in
      map.page(ofDocument: document.id).map { (map.title(of: document), $0, document.date ?? "undated") }
    })
  }

  /// A headed list of links, each with a note after it (a count, a date); nothing when empty.
  private func list(_ heading: String, _ links: [(text: String, page: String, note: String)]) -> String {
    guard !links.isEmpty else { return "" }
    let items = links.map { "<li>\(HTML.link($0.text, to: $0.page, root: "")) <span class=\"count\">\(HTML.escape($0.note))</span></li>" }
    return "<section>\n<h2>\(HTML.escape(heading)) <span class=\"count\">\(links.count)</span></h2>\n"
      + "<ul class=\"entity-list\">\n\(items.joined(separator: "\n"))\n</ul>\n</section>"
  }
}
