/// Reported speech: `X said (that) …`, `X told the paper that …`,
/// `according to X, …`, `…, X said.`, `which he said represents …`, and a
/// headline's `X: …`. The content must be a clause; a cue followed by a
/// preposition or a bare noun phrase (`reflected on …`, `reported 13 charges`)
/// reports no statement.
struct ReportedSpeechFinder {
  typealias Found = (quote: Quote, speaker: SpeakerResolver.Speaker?)

  let document: Document
  let lexicon: Lexicon
  let resolver: SpeakerResolver
  private let words: [String]

  private static let clauseStarters = lowerCaseList([
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "there",
    "his", "her", "their", "our", "my", "your", "some", "many", "most", "all", "no", "none", "several", "both",
    "more", "less", "only", "authorities", "police", "people", "government", "officials", "how", "why", "whether", "what",
  ])
  private static let determiners = lowerCaseList(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "of", "to", "in", "on", "for", "by"])
  private static let articlesAndPossessives = lowerCaseList(["the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "my", "your"])
  /// Words that open an adverbial phrase before a clause (`At the same time, …`).
  private static let adverbialOpeners = lowerCaseList(["at", "on", "in", "during", "as", "with", "regarding", "for", "after",
                                                      "before", "since", "while", "although", "despite", "under", "meanwhile",
                                                      "however", "moreover", "taking", "following", "given"])
  private static let participles = lowerCaseList(["adding", "saying", "noting", "stating", "insisting", "arguing", "warning",
                                                 "explaining", "describing", "asserting", "claiming", "denying", "telling", "stressing"])
  private static let objectVerbs = lowerCaseList(["told", "tells", "tell", "telling", "warned", "reminded", "assured", "informed"])

  /// Lower-case words, asked about a word as written: the words asked about are short ASCII ones, and
  /// lower-casing each into a new string to hash it was most of what asking cost.
  private static func lowerCaseList(_ words: [String]) -> ASCIIWordTable<Bool> {
    ASCIIWordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
  }

  init(document: Document, lexicon: Lexicon, resolver: SpeakerResolver) {
    self.document = document
    self.lexicon = lexicon
    self.resolver = resolver
    self.words = resolver.words
  }

  /// Reported statements outside the given direct quotes.
  func statements(avoiding quoted: [Range<Int>], direct: [Quote]) -> [Quote] {
    var inQuote = [Bool](repeating: false, count: words.count)
    for range in quoted { for index in range { inQuote[index] = true } }
    var found: [Quote] = []
    for (number, sentence) in document.sentences.enumerated() {
      found += statements(in: sentence, number: number, inQuote: inQuote)
    }
    return found.filter { statement in !direct.contains { $0.range.overlaps(statement.range) } }
  }

  private func statements(in sentence: Sentence, number: Int, inQuote: [Bool]) -> [Quote] {
    var end = sentence.tokens.upperBound
    while end > sentence.tokens.lowerBound, document.tokens[end - 1].isTerminal { end -= 1 }
    let range = sentence.tokens.lowerBound..<end
    guard range.count >= 4 else { return [] }
    if let headline = headlineStatement(range, number: number) { return [headline] }
    var found: [Quote] = []
    var lastSpeaker: SpeakerResolver.Speaker?
    // The cue table and the lexemes, taken once for the sentence rather than through the lexicon and the document at each token.
    let cues = lexicon.cues, lexemes = document.lexemes
    var index = range.lowerBound
    while index < range.upperBound {
      guard !inQuote[index], let (length, cue) = cues.longestMatch(in: words, lexemes: lexemes, from: index, limit: range.upperBound) else {
        index += 1
        continue
      }
      let cueText = resolver.joinedWords(index..<(index + length))
      let statement = cue.role == .source
        ? according(at: index, length: length, in: range, number: number, cue: cueText)
        : reported(at: index, length: length, cue: cue, in: range, number: number, text: cueText, inQuote: inQuote, lastSpeaker: lastSpeaker)
      if let statement {
        found.append(statement.quote)
        lastSpeaker = statement.speaker
      }
      index += length
    }
    return found
  }

  private func quote(_ content: Range<Int>, cue: String, speaker: SpeakerResolver.Speaker?, number: Int, sieve: String) -> Found? {
    var content = content
    while !content.isEmpty, [",", ".", ";", ":", "—", "–"].contains(words[content.upperBound - 1]) { content = content.lowerBound..<(content.upperBound - 1) }
    guard content.count >= 3 else { return nil }
    let range = Span(tokens: content, in: document.tokens).range
    let quote = Quote(kind: .indirect, range: range, text: document.text(in: range), cue: cue, mention: speaker?.mention,
                      speaker: speaker?.name, speakerLabel: speaker?.label, sentence: number, sieve: sieve)
    return (quote, speaker)
  }

  /// `According to X, …` or `…, according to X.`
  private func according(at index: Int, length: Int, in range: Range<Int>, number: Int, cue: String) -> Found? {
    var comma = index + length
    while comma < range.upperBound, !words[comma].isSpelled(",") { comma += 1 }
    let speaker = resolver.speaker(in: (index + length)..<comma)
    if comma < range.upperBound, index - range.lowerBound <= 2 {
      return quote((comma + 1)..<range.upperBound, cue: cue, speaker: speaker, number: number, sieve: "according-to")
    }
    if comma >= range.upperBound, index > range.lowerBound, words[index - 1].isSpelled(",") {
      return quote(withoutAdverbial(range.lowerBound..<(index - 1)), cue: cue, speaker: speaker, number: number, sieve: "according-to")
    }
    return nil
  }

  /// `X said (that) …`, `…, X said`, `which he said …`, `…, adding that …`.
  private func reported(at index: Int, length: Int, cue: Lexicon.Cue, in range: Range<Int>, number: Int, text: String,
                        inQuote: [Bool], lastSpeaker: SpeakerResolver.Speaker?) -> Found? {
    let after = index + length
    // `The reports are based on …`: after a determiner the cue word is a noun.
    if index > range.lowerBound, Self.articlesAndPossessives.contains(lowercasing: words[index - 1]) { return nil }
    // `are reported to have shouted`, `is said to be`: a passive report names no speaker.
    if index > range.lowerBound, document.lexemes[index - 1].folded.contains(.clauseVerb), after < range.upperBound, words[after].isSpelled("to") {
      return nil
    }
    let participle = Self.participles.contains(lowercasing: words[index])
    let subject = participle ? participleSubject(before: index, floor: range.lowerBound)
      : resolver.subject(endingBefore: index, floor: range.lowerBound)
    if !participle, let found = inverted(at: index, after: after, subject: subject, in: range, number: number, text: text) {
      return found
    }
    let speaker = subject.flatMap { resolver.speaker(in: $0) }
      ?? (participle ? lastSpeaker ?? previousSpeaker(before: index, floor: range.lowerBound) : nil)
    guard let speaker else { return nil }
    // `As Zhovtis himself said before …, the proceedings were …`: the content follows the aside.
    if let subject, subject.lowerBound > range.lowerBound, words[subject.lowerBound - 1].lowercased() == "as",
       let comma = (after..<range.upperBound).first(where: { words[$0].isSpelled(",") }) {
      return quote((comma + 1)..<range.upperBound, cue: text, speaker: speaker, number: number, sieve: "reported-as")
    }
    var start = skippingTimeAndPlace(from: after, in: range)
    // `reported anecdotally their sites were …`: an adverb between cue and content.
    while start < range.upperBound, words[start].hasSuffix("ly"), document.tokens[start].isLowercaseWord, !words[start].isSpelled("only") { start += 1 }
    if Self.objectVerbs.contains(lowercasing: words[index]) {
      guard let clause = clauseAfterObject(from: start, in: range) else { return nil }
      start = clause
    }
    guard start < range.upperBound, !inQuote[start] else { return nil }
    let hasThat = words[start].isSpelled("that")
    if hasThat { start += 1 }
    guard start < range.upperBound else { return nil }
    let gap = subject.map { $0.lowerBound > range.lowerBound && ["which", "what", "who"].contains(words[$0.lowerBound - 1]) } ?? false
    // A bare clause opens with a determiner, pronoun or name, or with a noun
    // right before its finite verb (`said collections were …`), never with the verb (`admitted were to delay …`).
    guard !document.lexemes[start].folded.contains(.clauseVerb) || gap else { return nil }
    guard hasThat || gap || startsClause(start) || nounBeforeVerb(at: start, in: range) else { return nil }
    if cue.content == .that, !hasThat, !gap, !hasFiniteVerb(from: start, in: range) { return nil }
    var end = range.upperBound
    for next in (start + 1)..<range.upperBound where words[next - 1].isSpelled(",") && Self.participles.contains(lowercasing: words[next]) {
      end = next - 1
      break
    }
    return quote(start..<end, cue: text, speaker: speaker, number: number, sieve: gap ? "reported-gap" : "reported-before")
  }

  /// `…, X said.` or `…, noted Usen Suleimen, ambassador …`: the content comes first.
  private func inverted(at index: Int, after: Int, subject: Range<Int>?, in range: Range<Int>, number: Int, text: String) -> Found? {
    let comma = (subject?.lowerBound ?? index) - 1
    guard comma > range.lowerBound + 3, words[comma].isSpelled(","), document.tokens[comma - 1].kind != .quote else { return nil }
    let speaker: SpeakerResolver.Speaker?
    if let subject {
      let restEnd = ((after + 1)..<max(after + 1, range.upperBound)).first { words[$0 - 1].isSpelled(",") && Self.participles.contains(lowercasing: words[$0]) }
        .map { $0 - 1 } ?? range.upperBound
      guard restEnd - after <= 6, !(after..<restEnd).contains(where: { words[$0].isSpelled("that") }) else { return nil }
      speaker = resolver.speaker(in: subject)
    } else {
      let name = resolver.speaker(in: after..<min(range.upperBound, after + 4), firstName: true)
      guard let name, name.label != nil, name.mentionTokens.lowerBound <= after + 3 else { return nil }
      speaker = name
    }
    return quote(withoutAdverbial(range.lowerBound..<comma), cue: text, speaker: speaker, number: number, sieve: "reported-after")
  }

  /// `collections were`, `about 200 clubs were`: a short noun phrase, then a finite verb, with no other cue between.
  private func nounBeforeVerb(at start: Int, in range: Range<Int>) -> Bool {
    guard document.tokens[start].kind == .word || document.tokens[start].kind == .number,
          !Self.nonClauseOpeners.contains(words[start]) || words[start].isSpelled("about") else { return false }
    for index in (start + 1)..<min(range.upperBound, start + 5) {
      if document.lexemes[index].folded.contains(.clauseVerb) { return true }
      if document.lexemes[index].folded.contains(.cue) || document.tokens[index].kind == .punctuation { return false }
    }
    return false
  }

  /// Words that open no reported clause after a cue: prepositions, `to`, conjunctions.
  private static let nonClauseOpeners: Set<String> = ["to", "on", "in", "at", "for", "with", "about", "of", "by", "from", "as",
                                                      "and", "or", "but", "so", "if", "when", "while", "into", "over", "after", "before"]

  /// `said last month that …`, `told reporters on Wednesday that …`: a date or a
  /// short place phrase between the cue and its content.
  private func skippingTimeAndPlace(from start: Int, in range: Range<Int>) -> Int {
    var index = start
    if index < range.upperBound, ["on", "in", "last", "this", "late", "early"].contains(words[index]) || isDate(index) {
      var end = index
      while end < range.upperBound, end - index < 4, !isDate(end), !words[end].isSpelled("that") { end += 1 }
      if end < range.upperBound, isDate(end), let mention = resolver.entityAt[end].map({ document.entities[$0] }) {
        index = mention.span.tokens.upperBound
      }
    }
    return index
  }

  private func isDate(_ index: Int) -> Bool {
    resolver.entityAt[index].map { document.entities[$0].label == .date } ?? false
  }

  /// `told the paper that …`, `told Sky News the Bank of England should …`,
  /// `told reporters: …`: the content after the person told.
  private func clauseAfterObject(from start: Int, in range: Range<Int>) -> Int? {
    var object = start
    while object < range.upperBound, object - start < 8, !words[object].isSpelled("that"), !words[object].isSpelled(",") { object += 1 }
    if object < range.upperBound, words[object].isSpelled("that") { return object }
    // No `that`: the object is a name or a pronoun, and a clause with a finite verb follows it.
    guard start < range.upperBound else { return nil }
    let objectEnd: Int
    if let mention = resolver.entityAt[start].map({ document.entities[$0] }), mention.span.tokens.lowerBound == start, mention.label != .date {
      objectEnd = mention.span.tokens.upperBound
    } else if ["me", "us", "him", "her", "them", "reporters", "journalists", "lawmakers", "parliament", "MPs"].contains(words[start]) {
      objectEnd = start + 1
    } else {
      return nil
    }
    guard objectEnd < range.upperBound, startsClause(objectEnd), hasFiniteVerb(from: objectEnd, in: range) else { return nil }
    return objectEnd
  }

  /// Drops an opening adverbial phrase: `At the same time, boosting …` is `boosting …`.
  private func withoutAdverbial(_ content: Range<Int>) -> Range<Int> {
    guard let first = content.first, Self.adverbialOpeners.contains(lowercasing: words[first]),
          let comma = content.first(where: { words[$0].isSpelled(",") }), comma + 1 < content.upperBound else { return content }
    return (comma + 1)..<content.upperBound
  }

  private func startsClause(_ index: Int) -> Bool {
    let token = document.tokens[index]
    if token.kind == .quote { return false }
    return Self.clauseStarters.contains(lowercasing: words[index]) || token.isCapitalized || token.kind == .number
  }

  /// A finite verb among the first words: an auxiliary (`were`, `had`) or a
  /// past tense right after a noun (`the government blocked`).
  private func hasFiniteVerb(from start: Int, in range: Range<Int>) -> Bool {
    let window = start..<min(range.upperBound, start + 8)
    if window.contains(where: { document.lexemes[$0].folded.contains(.clauseVerb) }) { return true }
    return window.dropFirst().prefix(4).contains { index in
      words[index].hasSuffix("ed") && !Self.determiners.contains(lowercasing: words[index - 1])
        && !(index + 1 < range.upperBound && words[index + 1].isSpelled("by"))
    }
  }

  /// `an Expo spokesperson made a statement asserting …`: a participle's
  /// subject is the main clause's, before its verb; after a comma
  /// (`…, adding that …`) it is found from the cue before.
  private func participleSubject(before index: Int, floor: Int) -> Range<Int>? {
    guard index > floor, !words[index - 1].isSpelled(",") else { return nil }
    guard let verb = (floor..<index).last(where: { words[$0].hasSuffix("ed") && document.tokens[$0].isLowercaseWord }) else { return nil }
    return resolver.subject(endingBefore: verb, floor: floor)
  }

  private func previousSpeaker(before index: Int, floor: Int) -> SpeakerResolver.Speaker? {
    var cueIndex = index - 1
    while cueIndex >= floor {
      if document.lexemes[cueIndex].folded.contains(.cue), let subject = resolver.subject(endingBefore: cueIndex, floor: floor) {
        return resolver.speaker(in: subject)
      }
      cueIndex -= 1
    }
    return nil
  }

  /// `Aigul Kuspan: Most MEPs have only a rough idea of Kazakhstan` — a line with a name, a colon and a clause.
  private func headlineStatement(_ range: Range<Int>, number: Int) -> Quote? {
    let sentence = document.sentences[number]
    guard !document.tokens[sentence.tokens.upperBound - 1].isTerminal else { return nil }
    guard let colon = range.first(where: { words[$0].isSpelled(":") }), colon > range.lowerBound, colon - range.lowerBound <= 5,
          let speaker = resolver.speaker(in: range.lowerBound..<colon), speaker.label != nil,
          speaker.mentionTokens.lowerBound == range.lowerBound, speaker.mentionTokens.upperBound == colon else { return nil }
    return quote((colon + 1)..<range.upperBound, cue: ":", speaker: speaker, number: number, sieve: "headline")?.quote
  }
}

extension ASCIIWordTable<Bool> {
  /// Whether `word.lowercased()` is listed, asked without lower-casing a short ASCII word.
  fileprivate func contains(lowercasing word: String) -> Bool { self[lowercasing: word] != nil }
}
