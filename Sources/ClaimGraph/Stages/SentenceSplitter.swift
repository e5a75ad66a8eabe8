/// Groups tokens into sentences.
///
/// - Reads: `tokens`. Adds: `sentences`.
/// - A sentence ends after `.`, `!`, `?` or an ellipsis (with any closing
///   quotes and brackets after it) when the next token can start a sentence;
///   at a blank line; at a line break unless the next line goes on in lower
///   case; and before a bullet. Abbreviations and initials are single tokens
///   (see ``Tokenizer``), so their dots never end a sentence, except a listed
///   sentence-final abbreviation (`U.S.`, `etc.`) before a word that only starts sentences.
public struct SentenceSplitter: Stage {
  public let name = "sentences"
  public let requires: Set<Layer> = [.tokens]
  public let provides: Set<Layer> = [.sentences]

  private let lexicon: Lexicon
  private let maxTokens: Int

  /// - Parameter maxTokens: longer sentences are cut into pieces of this many tokens.
  public init(lexicon: Lexicon, maxTokens: Int = RunLimits.standard.maxSentenceTokens) {
    self.lexicon = lexicon
    self.maxTokens = max(1, maxTokens)
  }

  public func process(_ document: Document) -> Document {
    var document = document
    let tokens = document.tokens, lexemes = document.lexemes
    var sentences: [Sentence] = []
    var start = 0
    func close(_ end: Int) {
      guard end > start else { return }
      sentences.append(Sentence(tokens: start..<end, range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound))
      start = end
    }
    var index = 0
    // Tokens are read in place, `tokens[index]` each time: a local copy of each would retain and release its text.
    while index < tokens.count {
      if index > start, startsNewLine(tokens[index], after: tokens[index - 1]) { close(index) }
      // A bullet is always a punctuation token: the kind, a number, rules out most tokens before a string comparison.
      if index > start, tokens[index].kind == .punctuation, tokens[index].text.isSpelled("•") { close(index) }
      let isTerminal = tokens[index].isTerminal
      // Asked of every token: the last byte, read in place, rules out almost all before a call for the abbreviation checks.
      if (isTerminal && !isListNumber(tokens, index) && !isBracketedEllipsis(tokens, index))
        || (tokens[index].text.lastByte == UInt8(ascii: ".") && endsWithFinalAbbreviation(tokens, lexemes, index)) {
        var end = index + 1
        while end < tokens.count, closesAfterTerminal(tokens[end]), tokens[end].newlinesBefore == 0 { end += 1 }
        if end == tokens.count || canStartSentence(tokens[end], afterAbbreviation: !isTerminal) {
          close(end)
        }
        index = end
        continue
      }
      index += 1
    }
    close(tokens.count)
    document.sentences = cutLongSentences(sentences, tokens: tokens, warnings: &document.warnings)
    return document
  }

  /// Pieces of at most `maxTokens` tokens, so that no later stage works on an unbounded sentence.
  private func cutLongSentences(_ sentences: [Sentence], tokens: [Token], warnings: inout [String]) -> [Sentence] {
    guard sentences.contains(where: { $0.tokens.count > maxTokens }) else { return sentences }
    var cut = 0
    var result: [Sentence] = []
    for sentence in sentences {
      guard sentence.tokens.count > maxTokens else { result.append(sentence); continue }
      cut += 1
      for start in stride(from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound, by: maxTokens) {
        let end = min(start + maxTokens, sentence.tokens.upperBound)
        result.append(Sentence(tokens: start..<end, range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound))
      }
    }
    warnings.append("\(cut) sentence\(cut == 1 ? "" : "s") longer than \(maxTokens) tokens cut (--max-sentence-length)")
    return result
  }

  private func startsNewLine(_ token: Token, after previous: Token) -> Bool {
    if token.newlinesBefore >= 2 { return true }
    guard token.newlinesBefore == 1 else { return false }
    return !token.isLowercaseWord || isBullet(token)
  }

  /// `1.` opening a line or following a sentence numbers a list item; its dot ends nothing.
  private func isListNumber(_ tokens: [Token], _ index: Int) -> Bool {
    guard tokens[index].text.isSpelled("."), index > 0, tokens[index - 1].kind == .number, tokens[index - 1].text.count <= 2 else { return false }
    let number = index - 1
    if number == 0 || tokens[number].newlinesBefore > 0 { return true }
    let before = tokens[number - 1]
    return before.isTerminal || isBullet(before)
  }

  /// `[...]` marks words left out of a quotation, not a sentence end.
  private func isBracketedEllipsis(_ tokens: [Token], _ index: Int) -> Bool {
    guard tokens[index].text.isSpelled("...") || tokens[index].text.isSpelled("…") else { return false }
    return index > 0 && index + 1 < tokens.count && tokens[index - 1].text.isSpelled("[") && tokens[index + 1].text.isSpelled("]")
  }

  private func isBullet(_ token: Token) -> Bool {
    token.kind == .punctuation && ["•", "·", "▪", "-", "*", "–", "—", "●", "◦", "⁃"].contains(token.text)
  }

  private func closesAfterTerminal(_ token: Token) -> Bool {
    if token.text.isSpelled(")") || token.text.isSpelled("]") { return true }
    guard token.kind == .quote, !token.isOpeningQuote else { return false }
    return token.isClosingQuote || !token.spaceBefore
  }

  /// `I live in the E.U. How about you?`: an abbreviation that can end a
  /// sentence (a listed one, a dotted acronym or an initial) ends one before a
  /// word that only starts sentences (`How`, `The`, `Mr.`), not before a name
  /// (`George W. Bush`, `the U.S. Government`).
  private func endsWithFinalAbbreviation(_ tokens: [Token], _ lexemes: [Lexeme], _ index: Int) -> Bool {
    guard index + 1 < tokens.count else { return false }
    let text = tokens[index].text
    guard text.count > 1, text.hasSuffix(".") else { return false }
    let letters = text.filter { $0 != "." }
    let isDottedAcronym = text.filter({ $0 == "." }).count == letters.count && letters.allSatisfy(\.isLetter)
    guard isDottedAcronym || lexicon.sentenceFinalAbbreviations.contains(text) else { return false }
    let next = tokens[index + 1], lexeme = lexemes[index + 1]
    guard next.isCapitalized, next.newlinesBefore == 0 else { return false }
    // `the U.S. Court of Appeals`, `U.S. President`: the abbreviation starts a name.
    if !lexeme.exact.isDisjoint(with: [.orgHead, .lawHead]) || lexeme.folded.contains(.title) { return false }
    if lexeme.exact.contains(.notName) { return true }
    // The pronoun `I` ends sentences too: `you and I. Did you see …`.
    return (letters.count > 1 || text.isSpelled("I.")) && lexeme.folded.contains(.commonWord) && next.text.count <= 5
      && !lexeme.exact.contains(.givenName)
  }

  private func canStartSentence(_ token: Token, afterAbbreviation: Bool) -> Bool {
    if afterAbbreviation { return true }
    if token.newlinesBefore > 0 { return true }
    switch token.kind {
    case .word: return !token.isLowercaseWord
    case .number, .quote, .currency, .url: return true
    case .punctuation: return token.text.isSpelled("(") || token.text.isSpelled("[") || isBullet(token)
    case .email: return true
    }
  }
}
