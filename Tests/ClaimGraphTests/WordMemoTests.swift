@testable import ClaimGraph
import Testing

/// The tokens and lexemes of `text` from a tokenizer that has already read `earlier`, whose words its memo keeps.
private func tokenizedAfter(_ earlier: [String], _ text: String) -> Document {
  let tokenizer = Tokenizer(lexicon: lexicon)
  for passage in earlier { _ = tokenizer.process(Document(id: "earlier", text: passage)) }
  return tokenizer.process(Document(id: "t", text: text))
}

/// Each token as the tokenizer makes it without a memo, and each lexeme as the lexicon looks it up.
private func expectSameAsFresh(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(document.tokens == Tokenizer.tokens(in: document.text, abbreviations: lexicon.abbreviations), sourceLocation: sourceLocation)
  #expect(document.lexemes == document.words.map(lexicon.lexeme), sourceLocation: sourceLocation)
}

@Suite("Word memo") struct WordMemoTests {
  @Test func aWordReadInAnEarlierDocumentGetsTheSameTokenAndLexeme() {
    let document = tokenizedAfter(["President Tokayev said the decree would take effect in May."],
                                  "Tokayev signed the decree on 12 May, the president's office said.")
    expectSameAsFresh(document)
    #expect(document.tokens[0].isCapitalized)
    #expect(document.lexemes[0] == lexicon.lexeme(of: "Tokayev"))
  }

  @Test func numbersQuotesLinksAndCharacterReferencesAfterAnEarlierDocumentAreAsAFreshTokenizerReadsThem() {
    let document = tokenizedAfter(["The US Treasury said 2024 figures, published at www.treasury.gov, were due."],
                                  "US officials said: &ldquo;2024 is the year&rdquo; (see www.treasury.gov or press@treasury.gov).")
    expectSameAsFresh(document)
    #expect(document.tokens[0].isAllCaps)
    #expect(document.tokens.first { $0.text == "2024" }?.kind == .number)
    #expect(document.tokens.first { $0.text == "www.treasury.gov" }?.kind == .url)
    #expect(document.tokens.first { $0.text == "“" }?.kind == .quote)
  }

  @Test func wordsBeyondASCIIAndLongWordsAfterAnEarlierDocumentAreAsAFreshTokenizerReadsThem() {
    // Longer than fifteen letters, or not ASCII: filed by their scalars, not packed.
    let document = tokenizedAfter(["Zhovtis criticised the counterterrorism bill in Almaty."],
                                  "Евгений Жовтис criticised the counterterrorism bill; Zhovtis said it was “unconstitutional”.")
    expectSameAsFresh(document)
    #expect(document.tokens.contains { $0.text == "counterterrorism" && $0.isLowercaseWord })
    #expect(document.tokens.contains { $0.text == "Жовтис" && $0.isCapitalized })
  }

  @Test func aFullMemoForgetsItsWordsAndStillAnswersRight() {
    var memo = WordMemo(capacity: 4)
    let words = ["the", "Senate", "passed", "the", "bill", "on", "Tuesday", "and", "Tokayev", "signed", "it", "the",
                 "Сенат", "принял", "закон", "во", "вторник", "и", "Токаев", "подписал", "его", "закон", "counterterrorism"]
    let scalars = words.map(\.scalarArray)
    for (word, spelling) in zip(words, scalars) {
      let remembered = spelling.withUnsafeBufferPointer { spelling in
        memo.word(spelling) { WordMemo.Word(String(scalars: spelling), lexicon: lexicon) }
      }
      #expect(remembered.text == word)
      #expect(remembered.lexeme == lexicon.lexeme(of: word))
    }
  }

  /// How many of `words`, looked up in turn in one memo, it had to have worked out.
  private func wordsWorkedOut(_ words: [String]) -> Int {
    var memo = WordMemo()
    var made = 0
    for word in words {
      _ = word.scalarArray.withUnsafeBufferPointer { spelling in
        memo.word(spelling) {
          made += 1
          return WordMemo.Word(word, lexicon: lexicon)
        }
      }
    }
    return made
  }

  @Test func aWordSeenBeforeIsNotWorkedOutAgain() {
    #expect(wordsWorkedOut(["Astana", "Astana", "astana", "Astana"]) == 2)
  }

  @Test func aWordBeyondASCIISeenBeforeIsNotWorkedOutAgain() {
    #expect(wordsWorkedOut(["Жовтис", "Жовтис", "жовтис", "counterterrorism", "Жовтис", "counterterrorism"]) == 3)
  }

  @Test func canonicallyEquivalentSpellingsKeepTheirOwnScalars() {
    // `Café` with a precomposed é, then with e and a combining acute: equal as strings, but a token's text keeps its scalars.
    var memo = WordMemo()
    for word in ["Caf\u{E9}", "Cafe\u{301}"] {
      let remembered = word.scalarArray.withUnsafeBufferPointer { spelling in
        memo.word(spelling) { WordMemo.Word(String(scalars: spelling), lexicon: lexicon) }
      }
      #expect(remembered.text.unicodeScalars.elementsEqual(word.unicodeScalars))
    }
  }
}
