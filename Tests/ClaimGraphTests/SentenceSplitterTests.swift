@testable import ClaimGraph
import Testing

/// `text` after the tokenizer and the sentence splitter.
private func split(_ text: String) -> Document {
  run(text, through: "sentences")
}

@Suite struct SentenceSplitterTests {
  // MARK: Full stops that do not end a sentence

  @Test func titleAbbreviationDoesNotEndSentence() {
    expectSentences(split("Mr. Suleimen told the Astana Times the step was strategic. Investors agreed."),
                    ["Mr. Suleimen told the Astana Times the step was strategic.", "Investors agreed."])
  }

  @Test func dottedAcronymInsideASentenceDoesNotEndIt() {
    expectSentences(split("Blinken cited numerous countries the U.S. considers offenders of basic human rights. He named China first."),
                    ["Blinken cited numerous countries the U.S. considers offenders of basic human rights.", "He named China first."])
  }

  @Test func dottedAcronymEndsSentenceBeforeACommonSentenceStart() {
    expectSentences(split("The agreement was signed in the U.S. The Kazakh side welcomed it."),
                    ["The agreement was signed in the U.S.", "The Kazakh side welcomed it."])
  }

  @Test func numberAbbreviationDoesNotEndSentence() {
    expectSentences(split("It was approved by resolution No. 32 of the President. The report followed."),
                    ["It was approved by resolution No. 32 of the President.", "The report followed."])
  }

  @Test func initialsDoNotEndSentence() {
    expectSentences(split("The report, signed by A. Nurlanov and B. K. Tulegenova, was published in May. It runs to 80 pages."),
                    ["The report, signed by A. Nurlanov and B. K. Tulegenova, was published in May.", "It runs to 80 pages."])
  }

  @Test func decimalPointDoesNotEndSentence() {
    expectSentences(split("Turnout was 63.3 per cent, up from 59.1. Observers called the vote orderly."),
                    ["Turnout was 63.3 per cent, up from 59.1.", "Observers called the vote orderly."])
  }

  @Test func fullStopBeforeLowerCaseWordDoesNotEndSentence() {
    expectSentences(split("The talks stalled… officials said later."), ["The talks stalled… officials said later."])
  }

  // MARK: Quotation marks and brackets

  @Test func quoteEndingInCommaStaysWithItsAttribution() {
    let text = "“It will become our next step towards building a just and progressive state,” said Karin. Turmagambetova agreed."
    expectSentences(split(text), ["“It will become our next step towards building a just and progressive state,” said Karin.", "Turmagambetova agreed."])
  }

  @Test func straightQuoteEndingInCommaStaysWithItsAttribution() {
    let text = "\"Strong and meaningful actions also need to be taken,\" Hudayar said. Blinken agreed."
    expectSentences(split(text), ["\"Strong and meaningful actions also need to be taken,\" Hudayar said.", "Blinken agreed."])
  }

  @Test func closingQuoteAfterFullStopBelongsToTheSentenceBefore() {
    expectSentences(split("“We owe the victims protection.” The strategy builds on the legal framework."),
                    ["“We owe the victims protection.”", "The strategy builds on the legal framework."])
  }

  @Test func questionInsideQuoteFollowedByLowerCaseAttributionDoesNotEnd() {
    expectSentences(split("“Why now?” she asked. Karin did not reply."), ["“Why now?” she asked.", "Karin did not reply."])
  }

  @Test func closingParenthesisAfterFullStopBelongsToTheSentenceBefore() {
    expectSentences(split("(The hearing was adjourned.) Lawyers appealed the ruling."),
                    ["(The hearing was adjourned.)", "Lawyers appealed the ruling."])
  }

  // MARK: Layout

  @Test func blankLinesEndHeadingsWithoutFullStop() {
    expectSentences(split("Continue Reading\n\nEuropean Commission\n\nThe Commission has presented a new Strategy."),
                    ["Continue Reading", "European Commission", "The Commission has presented a new Strategy."])
  }

  @Test func headingOnItsOwnLineEndsWithoutFullStop() {
    expectSentences(split("INTERNET FREEDOM\nObservers reported the government blocked access to opposition websites."),
                    ["INTERNET FREEDOM", "Observers reported the government blocked access to opposition websites."])
  }

  @Test func lineBreakBeforeLowerCaseWordContinuesTheSentence() {
    expectSentences(split("The decree was signed by the President\non the advice of the commission."),
                    ["The decree was signed by the President\non the advice of the commission."])
  }

  @Test func bulletsAfterBlankLinesStartSentences() {
    let text = "The new decree covers the areas of:\n\n•            Improving the mechanisms of interaction with the UN treaty bodies;\n\n•            Ensuring the rights of victims of human trafficking;"
    expectSentences(split(text), ["The new decree covers the areas of:",
                                  "•            Improving the mechanisms of interaction with the UN treaty bodies;",
                                  "•            Ensuring the rights of victims of human trafficking;"])
  }

  @Test func bulletsOnConsecutiveLinesStartSentences() {
    let text = "In addition, the Strategy focuses on:\n  • reducing demand that fosters trafficking\n  • breaking the business model of traffickers"
    expectSentences(split(text), ["In addition, the Strategy focuses on:",
                                  "• reducing demand that fosters trafficking",
                                  "• breaking the business model of traffickers"])
  }

  @Test func hyphenBulletsStartSentences() {
    let text = "The draft law sets out:\n- a system to combat human trafficking\n- a victim-oriented approach"
    expectSentences(split(text), ["The draft law sets out:", "- a system to combat human trafficking", "- a victim-oriented approach"])
  }

  @Test func numberedListItemKeepsItsNumber() {
    let text = "The Strategy focuses on:\n1. Reducing demand that fosters trafficking\n2. Breaking the business model of traffickers"
    expectSentences(split(text), ["The Strategy focuses on:",
                                  "1. Reducing demand that fosters trafficking",
                                  "2. Breaking the business model of traffickers"])
  }

  // MARK: Offsets

  @Test func sentenceRangesAreScalarOffsetsAfterAnEmoji() {
    let document = split("📢 Tokayev signed the decree. Karin welcomed it.")
    #expect(document.sentences.map(\.range) == [0..<28, 29..<47])
    #expect(document.sentences.map(\.tokens) == [0..<6, 6..<10])
  }

  @Test func everyTokenBelongsToExactlyOneSentence() {
    let document = split("New Decree on Human Rights in Kazakhstan.\n\nPresident Tokayev has signed a decree. Karin welcomed it.")
    #expect(document.sentences.map(\.tokens) == [0..<8, 8..<15, 15..<19])
  }
}

@Suite struct SentenceLimitTests {
  @Test func sentenceOverTheLimitIsCutIntoPiecesOfTheLimit() {
    let splitter = SentenceSplitter(lexicon: lexicon, maxTokens: 4)
    let tokenized = Tokenizer(lexicon: lexicon).process(Document(id: "t", text: "One two three four five six seven eight nine."))
    let document = splitter.process(tokenized)
    #expect(document.sentences.map(\.tokens.count) == [4, 4, 2])
    #expect(document.warnings == ["1 sentence longer than 4 tokens cut (--max-sentence-length)"])
  }

  @Test func sentencesWithinTheLimitLeaveNoWarning() {
    let document = run("Karin spoke. Tokayev left.", through: "sentences")
    #expect(document.warnings.isEmpty)
  }
}
