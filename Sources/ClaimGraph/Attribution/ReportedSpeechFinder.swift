/// Reported speech: `X said (that) …`, `X told the paper that …`,
/// `according to X, …`, `…, X said.`, `which he said represents …`, and a
/// headline's `X: …`. The content must be a clause; a cue followed by a
/// preposition or a bare noun phrase (`reflected on …`) reports no statement.
struct ReportedSpeechFinder {
  let document: Document
  let lexicon: Lexicon
  let resolver: SpeakerResolver
  private let words: [String]

  private static let clauseStarters: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "there",
    "his", "her", "their", "our", "my", "your", "some", "many", "most", "all", "no", "none", "several", "both",
    "more", "less", "only", "authorities", "police", "people", "government", "officials", "during", "in", "through", "from",
  ]
  private static let participles: Set<String> = ["adding", "saying", "noting", "stating", "insisting", "arguing", "warning",
                                                 "explaining", "describing", "asserting", "claiming", "denying", "telling"]
  private static let objectVerbs: Set<String> = ["told", "tells", "tell", "telling", "warned", "reminded", "assured", "informed"]

  init(document: Document, lexicon: Lexicon, resolver: SpeakerResolver) {
    self.document = document
    self.lexicon = lexicon
    self.resolver = resolver
    self.words = document.tokens.map(\.text)
  }

  func statements(avoiding quoted: [Range<Int>]) -> [Quote] {
    var inQuote = [Bool](repeating: false, count: words.count)
    for range in quoted { for index in range { inQuote[index] = true } }
    var found: [Quote] = []
    for (number, sentence) in document.sentences.enumerated() {
      found += statements(in: sentence, number: number, inQuote: inQuote)
    }
    return found
  }

  private func statements(in sentence: Sentence, number: Int, inQuote: [Bool]) -> [Quote] {
    var end = sentence.tokens.upperBound
    while end > sentence.tokens.lowerBound, document.tokens[end - 1].isTerminal || document.tokens[end - 1].kind == .quote { end -= 1 }
    let range = sentence.tokens.lowerBound..<end
    guard range.count >= 4 else { return [] }
    if let headline = headlineStatement(range, number: number) { return [headline] }
    var found: [Quote] = []
    var lastSpeaker: SpeakerResolver.Speaker?
    var index = range.lowerBound
    while index < range.upperBound {
      guard !inQuote[index], let (length, cue) = lexicon.cues.longestMatch(in: words, from: index, limit: range.upperBound) else {
        index += 1
        continue
      }
      let cueText = words[index..<(index + length)].joined(separator: " ")
      if let statement = cue.role == .source
        ? according(at: index, length: length, in: range, number: number, cue: cueText)
        : reported(at: index, length: length, in: range, number: number, cue: cueText, inQuote: inQuote, lastSpeaker: lastSpeaker) {
        found.append(statement.quote)
        lastSpeaker = statement.speaker
      }
      index += length
    }
    return found
  }

  private func quote(_ content: Range<Int>, cue: String, speaker: SpeakerResolver.Speaker?, number: Int, sieve: String) -> (quote: Quote, speaker: SpeakerResolver.Speaker?)? {
    var content = content
    while !content.isEmpty, [",", ".", ";", ":", "—", "–"].contains(words[content.upperBound - 1]) { content = content.lowerBound..<(content.upperBound - 1) }
    guard content.count >= 3 else { return nil }
    let range = Span(tokens: content, in: document.tokens).range
    let quote = Quote(kind: .indirect, range: range, text: document.text(in: range), cue: cue, mention: speaker?.mention,
                      speaker: speaker?.name, speakerLabel: speaker?.label, sentence: number, sieve: sieve)
    return (quote, speaker)
  }

  /// `According to X, …` or `…, according to X.`
  private func according(at index: Int, length: Int, in range: Range<Int>, number: Int, cue: String) -> (quote: Quote, speaker: SpeakerResolver.Speaker?)? {
    var comma = index + length
    while comma < range.upperBound, words[comma] != "," { comma += 1 }
    let speaker = resolver.speaker(in: (index + length)..<comma)
    if comma < range.upperBound, index - range.lowerBound <= 2 {
      return quote((comma + 1)..<range.upperBound, cue: cue, speaker: speaker, number: number, sieve: "according-to")
    }
    if comma >= range.upperBound, index > range.lowerBound, words[index - 1] == "," {
      return quote(range.lowerBound..<(index - 1), cue: cue, speaker: speaker, number: number, sieve: "according-to")
    }
    return nil
  }

  /// `X said (that) …`, `…, X said`, `which he said …`, `…, adding that …`.
  private func reported(at index: Int, length: Int, in range: Range<Int>, number: Int, cue: String,
                        inQuote: [Bool], lastSpeaker: SpeakerResolver.Speaker?) -> (quote: Quote, speaker: SpeakerResolver.Speaker?)? {
    let after = index + length
    let subject = resolver.subject(endingBefore: index, floor: range.lowerBound)
    let participle = Self.participles.contains(words[index].lowercased())
    var speaker = subject.flatMap { resolver.speaker(in: $0) }
    if participle, subject == nil { speaker = lastSpeaker ?? previousSpeaker(before: index, floor: range.lowerBound) }

    // `…, X said.` / `…, said X.`: the content comes first.
    if let comma = trailingAttributionComma(cueAt: index, after: after, in: range) {
      let who = subject.flatMap { resolver.speaker(in: $0) } ?? resolver.speaker(in: after..<clauseEnd(from: after, in: range))
      return quote(range.lowerBound..<comma, cue: cue, speaker: who, number: number, sieve: "reported-after")
    }
    guard speaker != nil else { return nil }
    var start = after
    if Self.objectVerbs.contains(words[index].lowercased()) {
      var object = after
      while object < range.upperBound, object - after < 8, words[object] != "that", words[object] != "," { object += 1 }
      guard object < range.upperBound, words[object] == "that" else { return nil }
      start = object
    }
    if start < range.upperBound, inQuote[start] { return nil }
    let hasThat = start < range.upperBound && words[start] == "that"
    if hasThat { start += 1 }
    guard start < range.upperBound else { return nil }
    let gap = subject.map { $0.lowerBound > range.lowerBound && ["which", "what", "who"].contains(words[$0.lowerBound - 1]) } ?? false
    guard hasThat || gap || startsClause(start) else { return nil }
    var end = range.upperBound
    for next in (start + 1)..<range.upperBound where words[next - 1] == "," && Self.participles.contains(words[next].lowercased()) {
      end = next - 1
      break
    }
    if gap { end = clauseEnd(from: start, in: range) }
    return quote(start..<end, cue: cue, speaker: speaker, number: number, sieve: gap ? "reported-gap" : "reported-before")
  }

  private func startsClause(_ index: Int) -> Bool {
    let token = document.tokens[index]
    if token.kind == .quote { return false }
    let word = words[index].lowercased()
    if Self.clauseStarters.contains(word) { return !["in", "during", "through", "from"].contains(word) || hasCommaSoon(after: index) }
    return token.isCapitalized || token.kind == .number
  }

  private func hasCommaSoon(after index: Int) -> Bool {
    (index..<min(words.count, index + 8)).contains { words[$0] == "," }
  }

  private func clauseEnd(from start: Int, in range: Range<Int>) -> Int {
    var end = start
    while end < range.upperBound, ![",", ";", ".", "("].contains(words[end]) { end += 1 }
    return end
  }

  /// The comma before a closing attribution (`…, X said.`, `…, noted Usen Suleimen, ambassador …`).
  private func trailingAttributionComma(cueAt index: Int, after: Int, in range: Range<Int>) -> Int? {
    var comma = index - 1
    while comma > range.lowerBound, index - comma <= 6, words[comma] != "," {
      if document.tokens[comma].kind == .punctuation { return nil }
      comma -= 1
    }
    guard comma > range.lowerBound + 2, words[comma] == "," else { return nil }
    let rest = clauseEnd(from: after, in: range)
    guard rest == range.upperBound || words[rest] == "," else { return nil }
    // A quotation right before the comma belongs to a direct quote, already attributed.
    if document.tokens[comma - 1].kind == .quote || (comma + 0 < words.count && document.tokens[comma + 0].kind == .quote) { return nil }
    return comma
  }

  private func previousSpeaker(before index: Int, floor: Int) -> SpeakerResolver.Speaker? {
    var cueIndex = index - 1
    while cueIndex >= floor {
      if lexicon.cues.value(for: [words[cueIndex]]) != nil, let subject = resolver.subject(endingBefore: cueIndex, floor: floor) {
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
    guard let colon = range.first(where: { words[$0] == ":" }), colon > range.lowerBound, colon - range.lowerBound <= 5,
          let speaker = resolver.speaker(in: range.lowerBound..<colon), speaker.label != nil,
          speaker.mentionTokens.lowerBound == range.lowerBound, speaker.mentionTokens.upperBound == colon else { return nil }
    return quote((colon + 1)..<range.upperBound, cue: ":", speaker: speaker, number: number, sieve: "headline")?.quote
  }
}
