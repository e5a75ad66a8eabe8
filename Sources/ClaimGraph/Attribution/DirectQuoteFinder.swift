/// Direct quotes: quotation spans with a speech cue beside them.
struct DirectQuoteFinder {
  let document: Document
  let lexicon: Lexicon
  let resolver: SpeakerResolver
  let spans: [QuotationSpan]
  private let words: [String]

  /// Quotation spans longer than the limit, left unattributed.
  let overlongSpans: Int

  init(document: Document, lexicon: Lexicon, resolver: SpeakerResolver, maxTokens: Int) {
    self.document = document
    self.lexicon = lexicon
    self.resolver = resolver
    let spans = QuotationSpan.find(in: document.tokens)
    self.spans = spans.filter { $0.close - $0.open <= maxTokens }
    self.overlongSpans = spans.count - self.spans.count
    self.words = resolver.words
  }

  /// Every token inside any quotation span, marks included.
  var quotedTokens: [Range<Int>] { spans.map { $0.open..<($0.close + 1) } }

  private struct Attribution {
    let cue: String
    let speaker: SpeakerResolver.Speaker?
    let sieve: String
    /// Where the attribution ends, to find the continuation of an interrupted quote.
    let end: Int
    /// The previous sentence, when the attribution stands there.
    var introduction: ScalarRange? = nil
    /// The cue stands right before the quotation (`shouted "shame, shame"`), which is then its object.
    var adjacent = false
  }

  func quotes() -> [Quote] {
    var quotes: [Quote] = []
    var consumed = Set<Int>()
    for (number, span) in spans.enumerated() where !consumed.contains(number) && !isTitle(span) {
      guard let attribution = trailingCue(span) ?? leadingCue(span).flatMap({ $0.adjacent || !isFragmentInClause(span) ? $0 : nil })
        ?? introducedByPreviousSentence(span) ?? speakerOfPreviousSentence(span, after: quotes.last) else { continue }
      var parts = span.parts
      var close = span.close
      if attribution.sieve == "cue-after", number + 1 < spans.count, continues(from: attribution.end, to: spans[number + 1]) {
        parts += spans[number + 1].parts
        close = spans[number + 1].close
        consumed.insert(number + 1)
      }
      let text = parts.map { document.text(in: Span(tokens: $0, in: document.tokens).range) }
        .map(trimQuotePunctuation).joined(separator: " ")
      guard !text.isEmpty else { continue }
      let range = document.tokens[span.open].range.lowerBound..<document.tokens[close].range.upperBound
      var quote = Quote(kind: .direct, range: range, text: text, cue: attribution.cue,
                        mention: attribution.speaker?.mention, speaker: attribution.speaker?.name,
                        speakerLabel: attribution.speaker?.label,
                        sentence: document.sentenceIndex(ofToken: span.open) ?? 0, sieve: attribution.sieve)
      quote.introduction = attribution.introduction
      quotes.append(quote)
    }
    return quotes
  }

  /// `decree “On …”`: a quoted title of a measure, or a quotation inside a tagged name.
  private func isTitle(_ span: QuotationSpan) -> Bool {
    if resolver.entityAt[span.open] != nil { return true }
    return span.open > 0 && !document.lexemes[span.open - 1].exact.isDisjoint(with: [.lawHead, .lawHeadCapitalized])
  }


  private func sentenceEnd(after index: Int) -> Int {
    guard let sentence = document.sentenceIndex(ofToken: index) else { return index + 1 }
    return document.sentences[sentence].tokens.upperBound
  }

  private func sentenceStart(of index: Int) -> Int {
    guard let sentence = document.sentenceIndex(ofToken: index) else { return index }
    return document.sentences[sentence].tokens.lowerBound
  }

  private func cue(at index: Int, limit: Int) -> (length: Int, value: Lexicon.Cue)? {
    lexicon.cues.longestMatch(in: words, lexemes: document.lexemes, from: index, limit: limit)
  }

  /// `“…,” said Karin.`, `“…,” Tokayev said on Twitter`, `“…,” said Prime Minister Salih Hudayar of …`.
  private func trailingCue(_ span: QuotationSpan) -> Attribution? {
    let limit = min(document.tokens.count, span.close + 14)
    var index = span.close + 1
    if index < limit, words[index].isSpelled(",") { index += 1 }
    guard index < limit, document.tokens[index].newlinesBefore == 0,
          document.sentenceIndex(ofToken: index) == document.sentenceIndex(ofToken: span.close),
          opensItsSentence(span) else { return nil }
    if let (length, found) = cue(at: index, limit: limit), found.role == .verb {
      let after = index + length
      var end = after
      while end < limit, !isClauseBreak(end) { end += 1 }
      var speaker = resolver.speaker(in: after..<end, firstName: true)
      // `said the report’s lead author, A. M. Wekesa`: a name in apposition names the speaker.
      if speaker?.label == nil, end + 1 < limit, words[end].isSpelled(","), let named = resolver.speaker(in: (end + 1)..<min(limit, end + 6), firstName: true),
         named.label == .person, named.mentionTokens.lowerBound <= end + 2 {
        speaker = named
      }
      return Attribution(cue: resolver.joinedWords(index..<after), speaker: speaker, sieve: "cue-after", end: end)
    }
    var verb = index
    while verb < limit, !isClauseBreak(verb), cue(at: verb, limit: limit) == nil { verb += 1 }
    guard verb < limit, verb > index, verb - index <= 8, !(index..<verb).contains(where: { Self.relativeWords.contains(words[$0]) }),
          let (length, found) = cue(at: verb, limit: limit), found.role == .verb else { return nil }
    var end = verb + length
    while end < limit, !isClauseBreak(end) { end += 1 }
    return Attribution(cue: resolver.joinedWords(verb..<(verb + length)), speaker: resolver.speaker(in: index..<verb),
                       sieve: "cue-after", end: end)
  }

  private static let relativeWords: Set<String> = ["that", "which", "who", "whom", "whose", "where", "when"]

  /// `X said: “…”`, `X told the paper: “…”`, `According to X, “…”`, `The report said Beijing “…”`.
  /// The cue stands at most three words before the quotation, or further
  /// when a colon or comma introduces it.
  private func leadingCue(_ span: QuotationSpan) -> Attribution? {
    let floor = max(sentenceStart(of: span.open), span.open - 12)
    let introduced = span.open > 0 && [":", ","].contains(words[span.open - 1])
    var index = span.open - 1
    while index >= floor {
      if let (length, found) = cue(at: index, limit: span.open), introduced || span.open - (index + length) <= 3 || found.role == .source {
        if found.role == .source {
          var end = index + length
          while end < span.open, !words[end].isSpelled(",") { end += 1 }
          return Attribution(cue: resolver.joinedWords(index..<(index + length)),
                             speaker: resolver.speaker(in: (index + length)..<end), sieve: "cue-before", end: span.open)
        }
        if !introduced, clauseBetween((index + length)..<span.open) { return nil }
        let subject = resolver.subject(endingBefore: index, floor: sentenceStart(of: index))
        var attribution = Attribution(cue: resolver.joinedWords(index..<(index + length)),
                                      speaker: subject.flatMap { resolver.speaker(in: $0) }, sieve: "cue-before", end: span.open)
        attribution.adjacent = index + length == span.open
        return attribution
      }
      if document.tokens[index].kind == .quote { return nil }
      index -= 1
    }
    return nil
  }

  /// `“…,” she said` quotes whole words of the speaker's; in `The deal came
  /// “after a very long breakfast”, a diplomat said` the quotation is a
  /// fragment of a reported clause.
  private func opensItsSentence(_ span: QuotationSpan) -> Bool {
    let start = sentenceStart(of: span.open)
    let before = start..<span.open
    return before.allSatisfy { document.tokens[$0].kind == .punctuation || document.tokens[$0].kind == .quote }
      || [":", ",", "—", "–"].contains(words[span.open - 1])
  }

  /// `said the GEG was “a compromise, but a good one”`: a clause between the
  /// cue and the quotation makes the quoted words part of a reported statement.
  private func clauseBetween(_ range: Range<Int>) -> Bool {
    range.contains { index in
      document.lexemes[index].folded.contains(.clauseVerb)
        || (document.tokens[index].isLowercaseWord && words[index].count > 3 && words[index].hasSuffix("ed"))
    }
  }

  /// `noted the term “unreliable information” is overly broad`: a few quoted
  /// words that the sentence goes on after belong to a reported statement.
  private func isFragmentInClause(_ span: QuotationSpan) -> Bool {
    let wordCount = span.parts.reduce(0) { total, part in total + part.filter { document.tokens[$0].kind == .word }.count }
    guard wordCount < 5, span.close + 1 < words.count else { return false }
    let next = document.tokens[span.close + 1]
    return next.kind == .word && next.newlinesBefore == 0
  }

  /// `The minister said:` ending the sentence before a quotation that stands alone.
  private func introducedByPreviousSentence(_ span: QuotationSpan) -> Attribution? {
    guard let sentence = document.sentenceIndex(ofToken: span.open), sentence > 0,
          document.sentences[sentence].tokens.lowerBound == span.open else { return nil }
    let previous = document.sentences[sentence - 1].tokens
    guard words[previous.upperBound - 1].isSpelled(":") else { return nil }
    for index in previous.reversed() where document.lexemes[index].folded.contains(.speechVerb) {
      let subject = resolver.subject(endingBefore: index, floor: previous.lowerBound)
      return Attribution(cue: words[index], speaker: subject.flatMap { resolver.speaker(in: $0) }, sieve: "cue-previous-sentence",
                         end: span.open, introduction: document.sentences[sentence - 1].range)
    }
    return nil
  }

  /// A quotation of whole sentences with no cue, right after a sentence about
  /// a person (`Smith was blunt. “This law is a disaster.”`) or after that
  /// person's previous quote: the person is the speaker, with no cue.
  private func speakerOfPreviousSentence(_ span: QuotationSpan, after previousQuote: Quote?) -> Attribution? {
    guard let sentence = document.sentenceIndex(ofToken: span.open), sentence > 0,
          document.sentences[sentence].tokens.lowerBound == span.open,
          span.parts.reduce(0, { $0 + $1.count }) >= 6 else { return nil }
    let lastContent = span.parts.last!.upperBound - 1
    guard document.tokens[lastContent].isTerminal || words[lastContent].isSpelled(",") else { return nil }
    let previous = document.sentences[sentence - 1]
    if let previousQuote, previousQuote.kind == .direct, previousQuote.speaker != nil,
       previous.range.overlaps(previousQuote.range) || previousQuote.range.upperBound >= previous.range.lowerBound {
      let speaker = SpeakerResolver.Speaker(mention: previousQuote.mention ?? "", mentionTokens: span.open..<span.open,
                                            name: previousQuote.speaker, label: previousQuote.speakerLabel)
      return Attribution(cue: "", speaker: speaker, sieve: "previous-quote", end: span.open, introduction: previous.range)
    }
    guard let person = previous.tokens.lazy.compactMap({ self.resolver.entityAt[$0] }).map({ self.document.entities[$0] })
      .first(where: { $0.label == .person }) else { return nil }
    let speaker = resolver.speaker(in: person.span.tokens)
    return Attribution(cue: "", speaker: speaker, sieve: "previous-sentence", end: span.open, introduction: previous.range)
  }

  /// A clause ends at punctuation other than a title's inner marks, or at a new paragraph.
  private func isClauseBreak(_ index: Int) -> Bool {
    let token = document.tokens[index]
    if token.newlinesBefore > 0 { return true }
    return token.kind == .quote || (token.kind == .punctuation && [".", ",", ";", ":", "!", "?", "(", "—", "–"].contains(token.text))
  }

  /// `“A,” she said, “B.”` or `“A,” Vera told me. “B.”`: the next quotation
  /// opens right after the attribution, in the same paragraph, with no cue of its own.
  private func continues(from end: Int, to next: QuotationSpan) -> Bool {
    var index = end
    // `said Georg Hellmann of the German Hemp Association (DHV), “and we …”`
    if index < words.count, words[index].isSpelled("("), let close = (index..<min(words.count, index + 8)).first(where: { words[$0].isSpelled(")") }) {
      index = close + 1
    }
    if index < words.count, words[index].isSpelled(",") || words[index].isSpelled(".") { index += 1 }
    return index == next.open && document.tokens[next.open].newlinesBefore == 0 && trailingCue(next) == nil
  }

  /// Quoted words end without the comma or full stop that closes the quotation.
  private func trimQuotePunctuation(_ text: String) -> String {
    var result = Substring(text)
    // `removeLast`, not `dropLast()`: a substring's `dropLast` counts every character of the quote first.
    while let last = result.last, last == "," || last == " " { result.removeLast() }
    return String(result)
  }
}
