/// `measures/<slug>.html`: who said what about a law, decree or plan, one
/// group per speaker (by name; unnamed sources last), quotes oldest first.
struct MeasurePage {
  let map: SiteMap
  let measure: GraphRecord.Entity

  /// The statements about the measure, one group per speaker.
  struct Group {
    /// The speaker's entity id, or the name a source goes by when it is not an entity.
    let key: String
    let quotes: [NumberedQuote]
  }

  var groups: [Group] {
    var byKey: [String: [NumberedQuote]] = [:]
    for quote in map.quotes(about: measure.id) {
      byKey[quote.quote.speaker ?? "name " + (quote.quote.speakerName ?? ""), default: []].append(quote)
    }
    return byKey.map { Group(key: $0.key, quotes: $0.value.sorted(by: SpeakerPage.byDate(map))) }
      .sorted { sortKey($0) < sortKey($1) }
  }

  var html: String {
    let groups = groups
    let statements = groups.map(\.quotes.count).reduce(0, +)
    let card = QuoteCard(map: map, root: "../", showsSpeaker: false)
    let sections = groups.map { group in
      """
      <section class="speaker-group">
      <h3>\(card.speaker(of: group.quotes[0].quote)) <span class="count">\(Phrase.count(group.quotes.count, "statement"))</span></h3>
      \(group.quotes.map(card.html).joined(separator: "\n"))
      </section>
      """
    }
    let said = sections.isEmpty ? "<p class=\"empty\">No statement in the graph is about this measure.</p>" : sections.joined(separator: "\n")
    let body = """
    <h1>\(HTML.escape(measure.name))</h1>
    <p class="lede"><span class="type">measure</span> · \(Phrase.count(statements, "statement")) by \(Phrase.count(groups.count, "speaker")) · \
    named \(Phrase.count(measure.mentions, "time")) in \(Phrase.count(measure.documents.count, "document"))</p>
    \(AliasList(entity: measure).html)
    <h2>Who said what</h2>
    \(said)
    """
    return HTMLPage(title: measure.name, root: "../", body: body).rendered
  }

  /// Named speakers by name, case and diacritics ignored; sources without an entity after them.
  private func sortKey(_ group: Group) -> (Int, String, String) {
    let quote = group.quotes[0].quote
    return (quote.speaker == nil ? 1 : 0, EntityID.searchKey(map.speakerName(of: quote)), group.key)
  }
}
