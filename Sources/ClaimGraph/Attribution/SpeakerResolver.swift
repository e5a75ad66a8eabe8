/// Turns the words that point to a source into a speaker: a named person or
/// organisation, a pronoun resolved to the person last named before it, a
/// role noun (`the commissioner`) resolved to the person last given that
/// title, or a group or unnamed source (speaker nil).
struct SpeakerResolver {
  struct Speaker {
    let mention: String
    let mentionTokens: Range<Int>
    let name: String?
    let label: EntityLabel?
  }

  let document: Document
  /// For each token, the index into `document.entities` of the mention covering it.
  let entityAt: [Int?]
  /// The document's PERSON mentions in reading order.
  private let persons: [EntityMention]
  /// The tokens' texts, made once per document and shared with the finders.
  let words: [String]

  static let personPronouns: Set<String> = ["he", "she", "him", "her"]
  static let groupPronouns: Set<String> = ["they", "we", "it"]
  private static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one", "some", "several", "many", "two", "three"]

  init(document: Document) {
    self.document = document
    var entityAt = [Int?](repeating: nil, count: document.tokens.count)
    for (index, mention) in document.entities.enumerated() {
      for token in mention.span.tokens { entityAt[token] = index }
    }
    self.entityAt = entityAt
    self.persons = document.entities.filter { $0.label == .person }
    self.words = document.words
  }

  /// The words of `range` joined by spaces, as a cue's text is given: a cue of one word, as most are, is
  /// that word, not a string joined anew.
  func joinedWords(_ range: Range<Int>) -> String {
    range.count == 1 ? words[range.lowerBound] : words[range].joined(separator: " ")
  }

  /// The speaker named by the noun phrase in `range`: its last name mention
  /// (`Secretary of State Antony Blinken`), or with `firstName` its first
  /// (`said Prime Minister Salih Hudayar of the East Turkistan Government in Exile`).
  func speaker(in range: Range<Int>, firstName: Bool = false) -> Speaker? {
    guard !range.isEmpty else { return nil }
    let named = namedMentions(in: range)
    // `A KRA spokesperson`, `a senior EU diplomat`: an organisation naming an unnamed person's role.
    if let last = named.last, document.entities[last].label == .org,
       range.contains(where: { $0 >= document.entities[last].span.tokens.upperBound && document.tokens[$0].isLowercaseWord && document.lexemes[$0].folded.contains(.title) }) {
      let phrase = document.text(in: Span(tokens: range, in: document.tokens).range)
      return Speaker(mention: phrase, mentionTokens: range, name: nil, label: nil)
    }
    // `Aditi Raghunathan of Climate Action Network said`: a person in the phrase speaks, not the body named with them.
    if let chosen = firstName ? named.first : (named.lastPerson ?? named.last) {
      let entity = document.entities[chosen]
      let start = extendWithDeterminer(entity.span.tokens.lowerBound, floor: range.lowerBound)
      let mentionRange = start..<entity.span.tokens.upperBound
      return Speaker(mention: document.text(in: Span(tokens: mentionRange, in: document.tokens).range),
                     mentionTokens: mentionRange, name: entity.canonical, label: entity.label)
    }
    if range.count == 1, Self.personPronouns.contains(words[range.lowerBound].lowercased()) {
      let person = lastPerson(before: range.lowerBound)
      return Speaker(mention: words[range.lowerBound], mentionTokens: range, name: person?.canonical, label: person == nil ? nil : .person)
    }
    let phrase = document.text(in: Span(tokens: range, in: document.tokens).range)
    if let role = roleNoun(in: range), let person = lastPerson(titled: role, before: range.lowerBound) {
      return Speaker(mention: phrase, mentionTokens: range, name: person.canonical, label: .person)
    }
    return Speaker(mention: phrase, mentionTokens: range, name: documentName(in: range), label: nil)
  }

  /// The first and last PERSON or ORG mentions over the tokens of `range`, and the last PERSON, as indices
  /// into `document.entities`: found without arrays of the mentions, which copied each mention once for every
  /// token it covers.
  private func namedMentions(in range: Range<Int>) -> (first: Int?, last: Int?, lastPerson: Int?) {
    var named: (first: Int?, last: Int?, lastPerson: Int?) = (nil, nil, nil)
    for token in range {
      guard let mention = entityAt[token] else { continue }
      let label = document.entities[mention].label
      guard label == .person || label == .org else { continue }
      named.first = named.first ?? mention
      named.last = mention
      if label == .person { named.lastPerson = mention }
    }
    return named
  }

  /// A document as a source: `the Freedom on the Net report` is
  /// `Freedom on the Net report`, `The report on China` is `report`.
  private func documentName(in range: Range<Int>) -> String? {
    guard let head = range.first(where: { document.lexemes[$0].folded.contains(.documentNoun) }) else { return nil }
    var start = range.lowerBound
    while start < head, Self.determiners.contains(words[start].lowercased()) { start += 1 }
    return document.text(in: Span(tokens: start..<(head + 1), in: document.tokens).range)
  }

  /// The subject noun phrase that ends just before token `end`, reading
  /// back no further than `floor`: a name, a pronoun, or a short phrase.
  /// A parenthesis or a comma-delimited aside before the verb is stepped
  /// over (`Zhovtis, with typical restraint, remarked`); after `and`/`but`
  /// the subject is the one that opens the sentence (`The BBC did not … but said`).
  func subject(endingBefore end: Int, floor: Int) -> Range<Int>? {
    var end = end
    while end > floor, document.lexemes[end - 1].folded.contains(.speechAdverb) { end -= 1 }
    if end > floor, ["and", "but"].contains(words[end - 1]) { return openingNounPhrase(from: floor, before: end - 1) }
    if end > floor, words[end - 1].isSpelled(")"), let open = (max(floor, end - 12)..<end).last(where: { words[$0].isSpelled("(") }) { end = open }
    if end > floor, words[end - 1].isSpelled(",") {
      // `Aigul Kuspan, former head of …, says` or `Meanwhile, Zhemis Turmagambetova, president of …, told`:
      // the subject is the first comma-delimited part with a person's name (`ALPO’s chairman, Chief
      // Adewale Ogunbiyi-Martins, told`), else the first with any name.
      var segments: [Range<Int>] = []
      var segmentStart = floor
      for index in (floor..<(end - 1)).filter({ words[$0].isSpelled(",") }) + [end - 1] {
        segments.append(segmentStart..<index)
        segmentStart = index + 1
      }
      let named = segments.filter { $0.contains { entityAt[$0] != nil } }
      let withPerson = named.first { $0.contains { entityAt[$0].map { document.entities[$0].label == .person } ?? false } }
      guard let chosen = withPerson ?? named.first else { return nil }
      end = chosen.upperBound
    }
    var start = end
    while start > floor {
      let previous = start - 1
      let token = document.tokens[previous]
      if token.kind == .punctuation || token.kind == .quote { break }
      if entityAt[previous] == nil, document.lexemes[previous].folded.contains(.cue) { break }
      if Self.clauseWords.contains(words[previous]) { break }
      start = previous
      if end - start >= 10 { break }
    }
    return start < end ? start..<end : nil
  }

  /// The noun phrase that opens a sentence: its first name, or its first words up to the verb.
  private func openingNounPhrase(from floor: Int, before limit: Int) -> Range<Int>? {
    let opening = floor..<min(limit, floor + 6)
    if let first = opening.first(where: { entityAt[$0] != nil || Self.personPronouns.contains(words[$0].lowercased()) }) {
      return entityAt[first].map { document.entities[$0].span.tokens } ?? first..<(first + 1)
    }
    var end = floor
    while end < opening.upperBound, Self.determiners.contains(words[end].lowercased()) { end += 1 }
    guard end < opening.upperBound, document.tokens[end].kind == .word else { return nil }
    end += 1
    while end < opening.upperBound, document.tokens[end].kind == .word, !words[end].hasSuffix("ed"),
          !document.lexemes[end].exact.contains(.clauseVerb), !document.lexemes[end].folded.contains(.cue) { end += 1 }
    return floor..<end
  }

  private static let clauseWords: Set<String> = ["that", "which", "who", "and", "but", "while", "as", "when", "because", "so", "what", "where", "if"]

  private func extendWithDeterminer(_ start: Int, floor: Int) -> Int {
    guard start > floor, words[start - 1].isSpelled("the") || words[start - 1].isSpelled("The") else { return start }
    return start - 1
  }

  private func roleNoun(in range: Range<Int>) -> String? {
    for index in range.reversed() where document.lexemes[index].folded.contains(.title) { return words[index].lowercased() }
    return nil
  }

  /// Person mentions that end before token `index`, nearest first.
  /// - Complexity: O(log n) to start, by binary search.
  private func mentionsBefore(_ index: Int) -> ReversedCollection<ArraySlice<EntityMention>> {
    let offset = document.tokens[index].range.lowerBound
    return persons[..<persons.partitionPoint { $0.range.upperBound > offset }].reversed()
  }

  func lastPerson(before index: Int) -> EntityMention? {
    mentionsBefore(index).first { _ in true }
  }

  private func lastPerson(titled role: String, before index: Int) -> EntityMention? {
    mentionsBefore(index).prefix(50).first { mention in
      let start = mention.span.tokens.lowerBound
      return (max(0, start - 4)..<start).contains { words[$0].lowercased() == role }
    }
  }
}
