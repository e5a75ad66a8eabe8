/// Finds PERSON, ORG and LAW names in runs of capitalised words.
///
/// A chunk is a maximal run of capitalised tokens joined by name connectors
/// (`of`, `for`, `the`, `and`, …). Each chunk is read right to left for a title
/// followed by a name (`Home Affairs Commissioner Ylva Johansson`), then by
/// its head word: a measure's (`… Directive`, `Convention on …`) or an
/// organisation's (`Ministry of …`, `… Court`, `… Times`). Chunks without a
/// head are split at their connectors and each piece is read for evidence of a
/// person: a listed given name, a title or role before it, a speech verb after it.
struct NameRecognizer {
  let lexicon: Lexicon
  let tokens: [Token]
  /// `tokens` as their texts, computed once per document by the tagger.
  let words: [String]
  /// The word lists each token is on, computed once per document by the tagger.
  let lexemes: [Lexeme]
  /// Short forms the document defines in brackets after a name (`(FIRS)`, `(MeitY)`, `(Popcru)`).
  let definedShortForms: Set<String>

  init(lexicon: Lexicon, tokens: [Token], words: [String], lexemes: [Lexeme]) {
    self.lexicon = lexicon
    self.tokens = tokens
    self.words = words
    self.lexemes = lexemes
    self.definedShortForms = Self.shortForms(in: tokens, lexemes: lexemes)
  }

  /// A single capitalised word in brackets right after a capitalised word:
  /// `Federal Inland Revenue Service (FIRS)`.
  static func shortForms(in tokens: [Token], lexemes: [Lexeme]) -> Set<String> {
    var found: Set<String> = []
    for index in tokens.indices.dropFirst(2).dropLast() where tokens[index - 1].text.isSpelled("(") && tokens[index + 1].text.isSpelled(")") {
      let word = tokens[index]
      guard word.isCapitalized, tokens[index - 2].isCapitalized,
            lexemes[index].exact.isDisjoint(with: [.place, .knownEntity, .notName]) else { continue }
      found.insert(word.text)
    }
    return found
  }

  /// Appends the name candidates in one sentence's tokens to `found`.
  func names(in sentence: Range<Int>, into found: inout [Candidate]) {
    var index = sentence.lowerBound
    let shouting = isShouting(sentence)
    while index < sentence.upperBound {
      guard isNameToken(index), !shouting else { index += 1; continue }
      let end = chunkEnd(from: index, limit: sentence.upperBound)
      let chunk = trimmed(index..<end, sentenceStart: sentence.lowerBound)
      if !chunk.isEmpty, let (length, _) = lexicon.orgTails.longestMatch(in: words, lexemes: lexemes, from: end, limit: sentence.upperBound) {
        found.append(Candidate(label: .org, tokens: chunk.lowerBound..<(end + length), priority: 2))
      } else if let close = quotedNameEnd(afterAcronyms: chunk, limit: sentence.upperBound) {
        found.append(Candidate(label: .org, tokens: chunk.lowerBound..<close, priority: 3))
      } else {
        classify(chunk, into: &found)
      }
      index = max(end, index + 1)
    }
  }

  /// `PA LCWI “Sana Sezim”`: legal-form acronyms, then the body's name in quotation marks.
  private func quotedNameEnd(afterAcronyms chunk: Range<Int>, limit: Int) -> Int? {
    guard !chunk.isEmpty, chunk.count <= 3, chunk.allSatisfy({ tokens[$0].isAllCaps }) else { return nil }
    let open = chunk.upperBound
    guard open + 1 < limit, tokens[open].isOpeningQuote || tokens[open].text == "\"", isNameToken(open + 1) else { return nil }
    var close = open + 1
    while close < limit, close - open <= 6, isNameToken(close) { close += 1 }
    guard close < limit, tokens[close].kind == .quote, !tokens[close].isOpeningQuote else { return nil }
    return close + 1
  }

  /// A heading or line in capitals (`INTERNET FREEDOM`) carries no name evidence.
  private func isShouting(_ sentence: Range<Int>) -> Bool {
    var allCaps = 0
    for index in sentence where tokens[index].kind == .word {
      if tokens[index].isAllCaps { allCaps += 1 } else if tokens[index].isCapitalized { return false }
    }
    return allCaps >= 2
  }

  // The token is read in place, not bound to a constant: a copy of a token retains and releases its text,
  // and these two are asked of most tokens several times.
  func isNameToken(_ index: Int) -> Bool {
    tokens[index].isCapitalized && lexemes[index].exact.isDisjoint(with: [.month, .weekday]) && !words[index].containsNumber
  }

  private func isConnector(_ index: Int) -> Bool {
    if !lexemes[index].exact.isDisjoint(with: [.nameConnector, .nameParticle]) { return true }
    if words[index].isSpelled("’s") || words[index].isSpelled("'s") { return true }
    return tokens[index].kind == .quote && (words[index].isSpelled("'") || words[index].isSpelled("’")) && !tokens[index].spaceBefore
      && words[index - 1].hasSuffix("s")
  }

  // Here and below, predicates are closures that call the method: a method passed by name copied the
  // recognizer, retaining and releasing each of its arrays, every time it was passed.
  private func hasHead(_ range: Range<Int>) -> Bool { range.contains { isHead($0) } }

  /// The end of the chunk that starts at `start`.
  private func chunkEnd(from start: Int, limit: Int) -> Int {
    var end = start + 1
    while end < limit {
      if isNameToken(end), tokens[end].spaceBefore, !isNotName(end) { end += 1; continue }
      if startsWithDigit(end), end > start, isNumberedHead(end - 1) || isNumberedCode(end - 1) { end += 1; continue }
      // `Clean Air Act of 1990`, `Finance Bill for 2023`, `Data Protection Act, 2023`: a measure's year.
      if isSpelled(end, "of", "for", ","), end + 1 < limit, DateRecognizer.yearValue(words[end + 1]) != nil,
         isLawHead(end - 1) || (startsWithDigit(end - 1) && hasLawHead(start..<end)) {
        end += 2
        continue
      }
      // `Climate Change (Amendment) Act`, `Renters (Reform) Bill`: a bracketed word inside a measure's name.
      if words[end].isSpelled("("), end + 3 < limit, isNameToken(end + 1), words[end + 2].isSpelled(")"), isLawHead(end + 3) {
        end += 4
        continue
      }
      // Connectors and, inside a measure's title, one lower-case verb (`Strategy on combatting Trafficking`).
      var next = end
      while next < limit, next - end < 3, isConnector(next) { next += 1 }
      // `the`, `a`, `an` join names only after a preposition (`Council of the EU`), never alone (`Commons the Bill`).
      if next > end, isArticle(end) { break }
      if next > end, next < limit, tokens[next].isLowercaseWord, next + 1 < limit, isNameToken(next + 1),
         hasLawHead(start..<end), isSpelled(next - 1, "on", "to", "against", "for") {
        next += 1
      }
      if next == end, words[end].isSpelled(","), hasHead(start..<end), end + 2 < limit, isNameToken(end + 1),
         isSpelled(end + 2, "and", "or", ",") {
        next = end + 1
      }
      guard next > end, next < limit, isNameToken(next), tokens[next].spaceBefore else { break }
      end = next + 1
    }
    return end
  }

  private func hasLawHead(_ range: Range<Int>) -> Bool { range.contains { isLawHead($0) } }

  private func isArticle(_ index: Int) -> Bool { isSpelled(index, "the", "a", "an") }

  /// Whether the word at `index` is one of up to six literals, compared on bytes: an array literal of
  /// strings asked `contains` was built, compared by `==` and freed for every token it was asked of.
  private func isSpelled(_ index: Int, _ first: StaticString, _ second: StaticString, _ third: StaticString? = nil,
                         _ fourth: StaticString? = nil, _ fifth: StaticString? = nil, _ sixth: StaticString? = nil) -> Bool {
    let word = words[index]
    func matches(_ literal: StaticString?) -> Bool { literal.map { word.isSpelled($0) } ?? false }
    return word.isSpelled(first) || word.isSpelled(second) || matches(third) || matches(fourth) || matches(fifth) || matches(sixth)
  }

  private func isHead(_ index: Int) -> Bool { !lexemes[index].exact.isDisjoint(with: [.orgHead, .lawHead]) }
  private func isLawHead(_ index: Int) -> Bool { lexemes[index].exact.contains(.lawHead) }
  private func isOrgHead(_ index: Int) -> Bool { lexemes[index].exact.contains(.orgHead) }
  private func isNotName(_ index: Int) -> Bool { lexemes[index].exact.contains(.notName) }
  private func isParticle(_ index: Int) -> Bool { lexemes[index].exact.contains(.nameParticle) }
  private func isGivenName(_ index: Int) -> Bool { lexemes[index].exact.contains(.givenName) }
  private func isPlace(_ index: Int) -> Bool { lexemes[index].exact.contains(.place) }
  private func isCommonWord(_ index: Int) -> Bool { lexemes[index].folded.contains(.commonWord) }

  /// A law head that is not the object of `of` (`Rule of Law` names no measure).
  private func namesMeasure(_ range: Range<Int>) -> Bool {
    range.contains { isLawHead($0) && !($0 > range.lowerBound && words[$0 - 1].isSpelled("of")) }
  }

  private func startsWithDigit(_ index: Int) -> Bool {
    // The first byte is an ASCII digit exactly when the first scalar is.
    guard let first = words[index].withUTF8Bytes({ $0.first }) else { return false }
    return first >= 0x30 && first <= 0x39
  }

  /// `No. 45`, `Senate Bill 24-205`: the number after a head may be a code with hyphens.
  private func isNumberedCode(_ index: Int) -> Bool {
    words[index].isSpelled("No.") || words[index].isSpelled("No")
  }

  /// `Code Section 1091`, `Final Act 1975`, `Resolution 1325`: a number that belongs to a measure's name.
  private func isNumberedHead(_ index: Int) -> Bool {
    isLawHead(index) || isSpelled(index, "Section", "Article", "No.")
  }

  /// Drops leading words that only start sentences (`The`, `In`) and trailing connectors.
  private func trimmed(_ chunk: Range<Int>, sentenceStart: Int) -> Range<Int> {
    var start = chunk.lowerBound, end = chunk.upperBound
    // An abbreviation that is no name (`NGO`, `AI`) stays when a head follows it (`AI Office`).
    while start < end, (isNotName(start) && !(tokens[start].isAllCaps && start + 1 < end && isHead(start + 1)))
            || isConnector(start) { start += 1 }
    while end > start, isConnector(end - 1) { end -= 1 }
    return start..<end
  }

  /// Appends the candidates a chunk yields to `found`.
  func classify(_ chunk: Range<Int>, into found: inout [Candidate]) {
    let chunk = withoutEdgeConnectors(chunk)
    guard !chunk.isEmpty else { return }
    if let known = knownEntity(chunk) {
      found.append(Candidate(label: known.label, tokens: chunk, priority: 3, canonical: known.canonical))
    } else if isPlace(chunk) {
      return
    } else if let (title, name) = titledName(in: chunk) {
      classify(titleOwner(before: title, in: chunk), into: &found)
      found.append(Candidate(label: .person, tokens: name, priority: 3))
      classify(remainder(after: name.upperBound, in: chunk), into: &found)
    } else if let name = leadingPersonName(in: chunk) {
      found.append(Candidate(label: .person, tokens: name, priority: 2))
      classify(remainder(after: name.upperBound, in: chunk), into: &found)
    } else if let name = trailingPersonName(in: chunk) {
      classify(chunk.lowerBound..<name.lowerBound, into: &found)
      found.append(Candidate(label: .person, tokens: name, priority: 2))
    } else if let (left, right) = coordinatedNames(chunk) {
      classify(left, into: &found)
      classify(right, into: &found)
    } else if let (owner, owned) = possessiveNames(chunk) {
      classify(owner, into: &found)
      classify(owned, into: &found)
    } else if let head = measureOrOrganisation(chunk) {
      found.append(head)
    } else {
      let parts = splitAtConnectors(chunk)
      if parts.count > 1 {
        for part in parts { classify(part, into: &found) }
      } else if let candidate = piece(chunk) {
        found.append(candidate)
      }
    }
  }

  /// The words before a title that name a body (`European Commission` in
  /// `European Commission President …`); words that only qualify the title
  /// (`Deputy Law Minister`, `Home Affairs Commissioner`) name nothing.
  private func titleOwner(before title: Range<Int>, in chunk: Range<Int>) -> Range<Int> {
    let before = chunk.lowerBound..<title.lowerBound
    guard let last = before.last, !isConnector(last) else { return before }
    if isOrgHead(last) || segmentIsKnown(before) || tokens[last].isAllCaps { return before }
    var start = last
    while start > before.lowerBound, !isConnector(start - 1) { start -= 1 }
    if segmentIsKnown(start..<before.upperBound) || lexemes[last].exact.contains(.knownEntity) { return before }
    return before.lowerBound..<start
  }

  private func withoutEdgeConnectors(_ chunk: Range<Int>) -> Range<Int> {
    var start = chunk.lowerBound, end = chunk.upperBound
    while start < end, isConnector(start), !isParticle(start) { start += 1 }
    while end > start, isConnector(end - 1) { end -= 1 }
    return start..<end
  }

  /// `Yevgeny Zhovtis of the Kazakhstan International Bureau …`, `George Soros’s Open
  /// Society Institute`: a person's name opening a chunk, before `of`, `from`, `at` or a possessive.
  private func leadingPersonName(in chunk: Range<Int>) -> Range<Int>? {
    guard isGivenName(chunk.lowerBound) else { return nil }
    var end = chunk.lowerBound
    while end < chunk.upperBound, end - chunk.lowerBound < 4, isPersonWord(end) { end += 1 }
    guard end - chunk.lowerBound >= 2, end < chunk.upperBound,
          isSpelled(end, "of", "from", "at", "’s", "'s") else { return nil }
    return chunk.lowerBound..<end
  }

  private func remainder(after index: Int, in chunk: Range<Int>) -> Range<Int> {
    var start = index
    while start < chunk.upperBound, isConnector(start) { start += 1 }
    return start..<chunk.upperBound
  }

  private func splitAtConnectors(_ chunk: Range<Int>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = chunk.lowerBound
    for index in chunk where isConnector(index) && !isParticle(index) {
      if index > start { pieces.append(start..<index) }
      start = index + 1
    }
    if start < chunk.upperBound { pieces.append(start..<chunk.upperBound) }
    return pieces
  }

  /// The rightmost title in the chunk that a person's name follows:
  /// `Secretary of State Antony Blinken`, `Vice President Margaritis Schinas`.
  private func titledName(in chunk: Range<Int>) -> (title: Range<Int>, name: Range<Int>)? {
    var best: (Range<Int>, Range<Int>)?
    for start in chunk {
      guard let length = titleLength(at: start, limit: chunk.upperBound) else { continue }
      let nameStart = start + length
      var nameEnd = nameStart
      while nameEnd < chunk.upperBound, nameEnd - nameStart < 4, isPersonWord(nameEnd) { nameEnd += 1 }
      if nameEnd > nameStart, nameEnd == chunk.upperBound || isConnector(nameEnd) {
        best = (start..<nameStart, nameStart..<nameEnd)
      }
    }
    return best
  }

  private func isPersonWord(_ index: Int) -> Bool {
    guard isNameToken(index) || isParticle(index) else { return false }
    if !lexemes[index].exact.isDisjoint(with: [.orgHead, .lawHead, .notName]) || lexemes[index].folded.contains(.title) { return false }
    return !tokens[index].isAllCaps || words[index].count > 4
  }

  /// The length of the longest title starting at `start`.
  private func titleLength(at start: Int, limit: Int? = nil) -> Int? {
    lexicon.titles.longestMatch(in: words, lexemes: lexemes, from: start, limit: limit ?? words.count)?.length
  }

  /// The listed name the range is, if any.
  private func knownEntity(_ range: Range<Int>) -> Lexicon.KnownEntity? {
    lexicon.knownEntities.value(for: range, in: words, lexemes: lexemes)
  }

  private func isPlace(_ range: Range<Int>) -> Bool {
    lexicon.places.value(for: range, in: words, lexemes: lexemes) != nil
  }

  /// A preposition that starts a new segment of a name: the complement of its head.
  private func isSegmentBreak(_ index: Int) -> Bool {
    isSpelled(index, "of", "for", "on", "in", "under", "to") || isSpelled(index, "against", "at", "from", "with", "’s", "'s")
  }

  /// An organisation or measure by its head word, starting at the first
  /// connector-separated segment that has a head (`Lithuanian Presidency of
  /// the Council of the Baltic Sea States` is the `Council …`).
  private func measureOrOrganisation(_ chunk: Range<Int>) -> Candidate? {
    // The head is the last head word that closes a segment: `Council of Europe
    // Convention on …` is a convention, `Charter for Human Rights Public Fund` a fund.
    var head: Int?
    var firstHead: Int?
    var lastHead: Int?
    let complements = knownComplements(in: chunk)
    for index in chunk where !complements.contains(index) {
      let isLaw = isLawHead(index) && !(index > chunk.lowerBound && words[index - 1].isSpelled("of"))
      guard isLaw || isOrgHead(index) else { continue }
      firstHead = firstHead ?? index
      if endsSegment(index, in: chunk) { head = index }
      lastHead = index
    }
    // A head that opens its name (`Radio Azattyk`, `Coalition Against Torture`) closes no segment.
    guard let head = head ?? lastHead, let firstHead else { return nil }
    let label: EntityLabel = isLawHead(head) ? .law : .org
    var start = chunk.lowerBound
    for index in chunk.lowerBound..<firstHead where isSegmentBreak(index) {
      // `UN’s International Covenant …` starts after the possessive; `Children’s Future Strategy` does not.
      if words[index].isSpelled("’s") || words[index].isSpelled("'s"), !(index > chunk.lowerBound && (tokens[index - 1].isAllCaps || segmentIsKnown(start..<index))) {
        continue
      }
      start = index + 1
    }
    var trimmedStart = start
    while trimmedStart < firstHead, isConnector(trimmedStart) { trimmedStart += 1 }
    var end = chunk.upperBound
    // `Ministry of Internal Affairs in Kazakhstan`: where a body sits is not part of its name.
    if label == .org, end - trimmedStart > 3, isSpelled(end - 2, "in", "on"), isPlace(end - 1) { end -= 2 }
    let span = trimmedStart..<end
    // A bare head word (`the Directive`, `the Strategy`) refers back; it names no measure,
    // and only some heads name a body alone (`the Commission`, not `Press`).
    if span.count == 1, label == .law || !lexemes[span.lowerBound].exact.contains(.standaloneOrgHead) { return nil }
    return Candidate(label: label, tokens: span, priority: 2)
  }

  private func segmentIsKnown(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    return knownEntity(range) != nil || isPlace(range)
  }

  /// Tokens of segments after `of` that are a whole known name (`Charter of
  /// Fundamental Rights of the European Union`): their heads are not the chunk's head.
  private func knownComplements(in chunk: Range<Int>) -> Set<Int> {
    var found: Set<Int> = []
    for index in chunk where words[index].isSpelled("of") {
      var start = index + 1
      if start < chunk.upperBound, words[start].isSpelled("the") { start += 1 }
      var end = start
      while end < chunk.upperBound, !isConnector(end) || isParticle(end) { end += 1 }
      if end == chunk.upperBound || isSegmentBreak(end), segmentIsKnown(start..<end) { found.formUnion(start..<end) }
    }
    return found
  }

  private func endsSegment(_ index: Int, in chunk: Range<Int>) -> Bool {
    let next = index + 1
    guard next < chunk.upperBound else { return true }
    return isConnector(next) || startsWithDigit(next) || isSpelled(next, "Section", "Article", "No.", "(")
  }

  /// `Ministry of Internal Affairs and the Ministry of Justice`, `EU Strategy to
  /// tackle Organised Crime & EU Strategy on …`, `Human Rights Watch and the
  /// OSCE`, `… Project Twins at Europol`: two names joined by a coordinator or
  /// `at`, each named on its own.
  private func coordinatedNames(_ chunk: Range<Int>) -> (Range<Int>, Range<Int>)? {
    for index in chunk where isSpelled(index, "&", "and", "or", "at") {
      let left = withoutEdgeConnectors(chunk.lowerBound..<index), right = withoutEdgeConnectors((index + 1)..<chunk.upperBound)
      guard !left.isEmpty, !right.isEmpty else { continue }
      if namesMeasure(left) && namesMeasure(right) { return (left, right) }
      if standsAlone(left) && (standsAlone(right) || startsName(right)) { return (left, right) }
    }
    return nil
  }

  /// `Council of Europe’s Committee of Ministers`, `National Assembly's Finance
  /// Committee`: a body's name in the possessive before another name.
  private func possessiveNames(_ chunk: Range<Int>) -> (Range<Int>, Range<Int>)? {
    for index in chunk where words[index].isSpelled("’s") || words[index].isSpelled("'s") {
      let owner = chunk.lowerBound..<index, owned = withoutEdgeConnectors((index + 1)..<chunk.upperBound)
      guard !owner.isEmpty, !owned.isEmpty else { continue }
      // The owner ends in its head (`National Assembly`) or is listed; `… of the General Prosecutor’s Office` is one name.
      if segmentIsKnown(owner) || isOrgHead(index - 1) || (owner.count == 1 && tokens[owner.lowerBound].isAllCaps) {
        return (owner, owned)
      }
    }
    return nil
  }

  /// A name on its own: listed, a place, or two or more words with a head
  /// word not after `of` (`Police and Prisons Civil Rights Union` is one name).
  private func standsAlone(_ range: Range<Int>) -> Bool {
    if segmentIsKnown(range) { return true }
    return range.count > 1 && range.contains { index in isHead(index) && !(index > range.lowerBound && words[index - 1].isSpelled("of")) }
  }

  /// A listed name or a place opens the range (`… and Kazakhstan`).
  private func startsName(_ range: Range<Int>) -> Bool {
    lexicon.knownEntities.longestMatch(in: words, lexemes: lexemes, from: range.lowerBound, limit: range.upperBound) != nil
      || lexicon.places.longestMatch(in: words, lexemes: lexemes, from: range.lowerBound, limit: range.upperBound) != nil
  }

  /// A person's name closing a longer chunk: `… Council of the EU Rosa Monteiro`.
  private func trailingPersonName(in chunk: Range<Int>) -> Range<Int>? {
    guard chunk.count >= 3 else { return nil }
    for start in chunk.dropFirst() where isGivenName(start) {
      let name = start..<chunk.upperBound
      guard name.count >= 2, name.count <= 4, name.allSatisfy({ isPersonWord($0) }) else { continue }
      // What stands before must be a name of its own (`… Council of the EU`), not a given name (`Ratna Dewi Kusumawati`).
      let before = chunk.lowerBound..<start
      guard before.contains(where: { isConnector($0) || isHead($0) })
              || segmentIsKnown(before)
              || (before.count == 1 && isCommonWord(before.lowerBound)) else { continue }
      return name
    }
    return nil
  }

  /// A headless piece without connectors: a person by evidence, an acronym, or an unknown name.
  private func piece(_ range: Range<Int>) -> Candidate? {
    if let known = knownEntity(range) {
      return Candidate(label: known.label, tokens: range, priority: 3, canonical: known.canonical)
    }
    if isPlace(range) || range.allSatisfy({ lexemes[$0].folded.contains(.title) }) { return nil }
    if range.count == 1, isOutlet(range.lowerBound) { return Candidate(label: .org, tokens: range, priority: 2) }
    if range.count == 1, isAcronym(range.lowerBound) || definedShortForms.contains(words[range.lowerBound]) {
      return Candidate(label: .org, tokens: range, priority: 1)
    }
    guard range.allSatisfy({ isPersonWord($0) }) else { return nil }
    if range.lowerBound > 0, lexemes[range.lowerBound - 1].exact.contains(.orgNounBefore) {
      return Candidate(label: .org, tokens: range, priority: 2)
    }
    let titled = titleEnds(before: range.lowerBound)
    let nameLength = range.count(where: { !isParticle($0) })
    if nameLength >= 2, nameLength <= 4, titled || hasApposition(after: range) {
      return Candidate(label: .person, tokens: range, priority: 2)
    }
    // A given name or a surname is weaker evidence than a title: `Adil Soz` is an NGO.
    if nameLength >= 2, nameLength <= 4,
       isGivenName(range.lowerBound) || isInitial(words[range.lowerBound])
        || (lexicon.looksLikeSurname(words[range.upperBound - 1]) && isUncommonName(range.lowerBound)) {
      return Candidate(label: .person, tokens: range, priority: 1)
    }
    if range.upperBound < tokens.count, lexemes[range.upperBound].exact.contains(.orgNounAfter) {
      return Candidate(label: .org, tokens: range, priority: 2)
    }
    if range.count == 1, titled { return Candidate(label: .person, tokens: range, priority: 2) }
    // `…,” said Sutrisno, who heads …`: an uncommon capitalised word right after a speech verb.
    if range.count == 1, range.lowerBound > 0, lexemes[range.lowerBound - 1].folded.contains(.speechVerb),
       range.upperBound < tokens.count, isSpelled(range.upperBound, ",", "."), isUncommonName(range.lowerBound) {
      return Candidate(label: .person, tokens: range, priority: 1)
    }
    // `Karin told the Astana Times`: an uncommon capitalised word as the subject of a speech verb.
    if range.count <= 3, range.upperBound < tokens.count, lexemes[range.upperBound].folded.contains(.speechVerb), range.allSatisfy({ isUncommonName($0) }) {
      return Candidate(label: .person, tokens: range, priority: 1)
    }
    // Two or three capitalised words that are neither English words nor places: most often a person.
    if range.count >= 2, range.count <= 3, range.allSatisfy({ isUncommonName($0) }) {
      return Candidate(label: .person, tokens: range, priority: 0)
    }
    return nil
  }

  /// `J.`, `S.`: an initial.
  private func isInitial(_ word: String) -> Bool {
    word.count == 2 && word.last == "." && word.first!.isUppercase
  }

  /// A capitalised word that is neither an English word nor a place.
  private func isUncommonName(_ index: Int) -> Bool {
    !isCommonWord(index) && !isPlace(index)
  }

  /// `Zakon.kz`, `EURACTIV.com`: a capitalised name with a web domain.
  private func isOutlet(_ index: Int) -> Bool {
    let word = words[index]
    // A full stop is that byte alone: a word without the byte, nearly every one, needs no walk by Character.
    guard word.withUTF8Bytes({ $0.contains(UInt8(ascii: ".")) }), let dot = word.lastIndex(of: ".") else { return false }
    let domain = word[word.index(after: dot)...]
    return ["kz", "com", "ru", "org", "net", "uz", "kg", "eu", "uk", "info", "news"].contains(domain.lowercased())
  }

  private func isAcronym(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isAllCaps, token.text.count <= 10, !isNotName(index),
          !isCommonWord(index) || definedShortForms.contains(token.text) else { return false }
    // `LONDON` in a dateline is the city.
    let titleCased = token.text.prefix(1) + token.text.dropFirst().lowercased()
    return !isPlace(index) && !lexicon.places.contains([String(titleCased)])
  }

  /// `the prosecutor Kenzhetayev`, `blogger Aibolat Bukenov`: a title or role just before.
  func titleEnds(before index: Int) -> Bool {
    for length in 1...4 where index - length >= 0 {
      if titleLength(at: index - length, limit: index) == length { return true }
    }
    return false
  }

  /// `Erlan Karin, aide to …`, `Vera Tkachenko, one of Zhovtis's lawyers`:
  /// a comma and, within the next few words of the same phrase, a title or role.
  private func hasApposition(after range: Range<Int>) -> Bool {
    let comma = range.upperBound
    guard comma < tokens.count, words[comma].isSpelled(",") else { return false }
    var index = comma + 1
    while index < min(tokens.count, comma + 7), tokens[index].kind != .punctuation || words[index].isSpelled("’s") {
      if titleLength(at: index) != nil, tokens[index].isLowercaseWord || index == comma + 1 { return true }
      index += 1
    }
    return false
  }
}
