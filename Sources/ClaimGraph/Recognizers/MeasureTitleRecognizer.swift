/// Finds measures whose names are not runs of capitalised words: a keyword
/// with a quoted title (`decree “On further measures …”`, `Law “On combating
/// …”`), an article of a code (`article 146 “Torture” of the Criminal Code`),
/// and a numbered instrument (`resolution № 32-47.327`).
struct MeasureTitleRecognizer {
  let lexicon: Lexicon
  let tokens: [Token]
  /// `tokens` as their texts, computed once per document by the tagger.
  let words: [String]
  /// The word lists each token is on, computed once per document by the tagger.
  let lexemes: [Lexeme]

  /// Appends the measures in one sentence's tokens to `found`.
  func measures(in range: Range<Int>, into found: inout [Candidate]) {
    // One pass asks each token's word classes once for the three kinds of measure, where a pass for each asked
    // every token three times. Their order among themselves is moot: overlaps are ranked by length, priority and
    // start, and two of them alike in all three are the same LAW candidate.
    for index in range {
      let exact = lexemes[index].exact
      if !exact.isDisjoint(with: [.lawHead, .lawHeadCapitalized]) {
        if let end = quotedTitleEnd(after: index, limit: range.upperBound) {
          found.append(Candidate(label: .law, tokens: index..<end, priority: 5))
        } else if let end = numberEnd(after: index, limit: range.upperBound) {
          found.append(Candidate(label: .law, tokens: issuer(before: index, floor: range.lowerBound)..<end, priority: 5))
        }
      }
      if lexemes[index].folded.contains(.lawPart) {
        if let end = articleEnd(from: index, limit: range.upperBound) {
          found.append(Candidate(label: .law, tokens: index..<end, priority: 5))
        } else if tokens[index].isCapitalized, index + 1 < range.upperBound, isCode(words[index + 1]) {
          // `Article 49.3`, `Section 230`: a capitalised numbered part stands for its measure.
          found.append(Candidate(label: .law, tokens: index..<(index + 2), priority: 4))
        }
      }
      if exact.contains(.standaloneLawName) {
        found.append(Candidate(label: .law, tokens: index..<(index + 1), priority: 3))
      }
    }
  }

  /// `General Assembly resolution 72/249`: the body that issued a lower-case numbered measure.
  private func issuer(before index: Int, floor: Int) -> Int {
    guard tokens[index].isLowercaseWord else { return index }
    var start = index
    while start > floor, index - start < 5, tokens[start - 1].isCapitalized, !lexemes[start - 1].exact.contains(.notName) { start -= 1 }
    return start
  }

  /// A number or code with digits: `72/249`, `PF-51`, `49.3`, `2024/792`.
  private func isCode(_ word: String) -> Bool {
    word.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
      && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) || "-/.".unicodeScalars.contains($0) }
  }

  /// The token after the closing quotation mark of a title that opens right after `index`.
  private func quotedTitleEnd(after index: Int, limit: Int) -> Int? {
    let open = index + 1
    guard open < limit, tokens[open].kind == .quote, tokens[open].isDoubleQuote,
          open + 1 < limit, tokens[open + 1].isCapitalized else { return nil }
    var close = open + 1
    while close < limit, close - open < 40 {
      if tokens[close].kind == .quote, tokens[close].isDoubleQuote, !tokens[close].isOpeningQuote { return close + 1 }
      close += 1
    }
    return nil
  }

  /// `resolution № 32-47.327`, `Decree No. PF-51`, `resolution 72/249`,
  /// `Regulation (EU) 2024/792`.
  private func numberEnd(after index: Int, limit: Int) -> Int? {
    var next = index + 1
    if next < limit, ["№", "No.", "No", "#"].contains(words[next]) {
      next += 1
    } else if next + 2 < limit, words[next].isSpelled("("), tokens[next + 1].isAllCaps, words[next + 2].isSpelled(")") {
      next += 3
    } else if tokens[index].isCapitalized {
      // A capitalised head with a bare number is a name the chunker reads (`Resolution 1325`).
      return nil
    }
    guard next < limit, isCode(words[next]) else { return nil }
    return next + 1
  }

  /// `article 235 of the Criminal Code`, `article 146 “Torture” of the Criminal Code`,
  /// `Section 230 of the Communications Decency Act`, `Article 5 of the Convention on the Rights of the Child`.
  private func articleEnd(from index: Int, limit: Int) -> Int? {
    var next = index + 1
    guard next < limit, let first = words[next].first, first.isNumber else { return nil }
    next += 1
    if next < limit, tokens[next].isDoubleQuote, let end = quotedTitleEnd(after: next - 1, limit: limit) { next = end }
    guard next + 1 < limit, words[next].isSpelled("of") else { return nil }
    next += 1
    if words[next].isSpelled("the") { next += 1 }
    var end = next
    var lastName = next
    while end < limit {
      if tokens[end].isCapitalized || (tokens[end].kind == .number && end > next) {
        end += 1
        lastName = end
      } else if lexemes[end].exact.contains(.nameConnector), end + 1 < limit, end > next,
                !lexemes[end + 1].folded.contains(.lawPart) {
        end += 1
      } else {
        break
      }
    }
    guard lastName > next else { return nil }
    // `Article 82 of the GDPR`: the measure may be a listed one without a head word.
    let isKnownMeasure = lexicon.knownEntities.value(for: next..<lastName, in: words, lexemes: lexemes)?.label == .law
    guard isKnownMeasure || (next..<lastName).contains(where: { lexemes[$0].exact.contains(.lawHead) }) else { return nil }
    return lastName
  }
}
