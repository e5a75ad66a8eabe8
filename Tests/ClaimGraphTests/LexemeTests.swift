@testable import ClaimGraph
import Foundation
import Testing

@Suite("Lexemes") struct LexemeTests {
  private func lexeme(_ word: String) -> Lexeme { lexicon.lexeme(of: word) }

  @Test func aListedGivenNameIsMarkedInItsOwnSpellingOnly() {
    #expect(lexeme("Erlan").exact.contains(.givenName))
    #expect(!lexeme("erlan").exact.contains(.givenName))
  }

  @Test func aLowerCaseLawHeadIsALawHeadOnceCapitalised() {
    // `decree “On measures …”` opens a measure as `Decree` does.
    #expect(lexeme("decree").exact.contains(.lawHeadCapitalized))
    #expect(!lexeme("decree").exact.contains(.lawHead))
    #expect(lexeme("Decree").exact.contains(.lawHead))
  }

  @Test func titlesAndCuesAreMatchedInLowerCase() {
    #expect(lexeme("PRESIDENT").folded.contains(.title))
    #expect(lexeme("Said").folded.contains(.cueStart))
    #expect(!lexeme("Said").exact.contains(.cueStart))
  }

  @Test func aOneWordVerbCueIsASpeechVerbInAnyCase() {
    #expect(lexeme("Told").folded.contains(.speechVerb))
    #expect(!lexeme("According").folded.contains(.speechVerb))
  }

  @Test func aWordThatOpensADateDoesSoInAnyCase() {
    #expect(lexeme("Early").folded.contains(.dateStart))
    #expect(lexeme("FISCAL").folded.contains(.dateStart))
    #expect(!lexeme("Earlier").folded.contains(.dateStart))
  }

  @Test func aGenericMeasureWordIsMarkedInAnyCase() {
    // `The Law will take effect`, `the law`: both may refer back to the Act named before.
    #expect(lexeme("Law").folded.contains(.genericMeasureWord))
    #expect(lexeme("treaty").folded.contains(.genericMeasureWord))
    #expect(!lexeme("decree").folded.contains(.genericMeasureWord))
  }

  @Test func theFirstWordOfAPlaceStartsOneButIsNoPlaceAlone() {
    #expect(lexeme("New").exact.contains(.placeStart))
    #expect(!lexeme("New").exact.contains(.place))
    #expect(lexeme("Astana").exact.contains(.place))
  }

  @Test func anUnlistedWordIsOnNoList() {
    #expect(lexeme("Zhaksylykov").exact.isEmpty)
    #expect(lexeme("Zhaksylykov").folded.isEmpty)
  }
}

@Test func aLexiconReadFromItsVocabularySnapshotGivesTheSameLexemes() throws {
  try withTemporaryFolder { folder in
    let gazetteers = repositoryRoot.appendingPathComponent("gazetteers").path
    let snapshot = folder.appendingPathComponent("vocabulary.snapshot").path
    let built = try Lexicon.load(directory: gazetteers, vocabularySnapshot: snapshot).lexicon.value.get()
    built.finishWritingSnapshot()
    #expect(FileManager.default.fileExists(atPath: snapshot))
    let read = try Lexicon.load(directory: gazetteers, vocabularySnapshot: snapshot).lexicon.value.get()
    let words = Tokenizer.tokens(in: "President Kassym-Jomart Tokayev said on Tuesday that the Mazhilis would "
      + "adopt the Law on Mass Media; Aigerim Seitkali of the Ministry of Justice disagreed.", abbreviations: []).map(\.text)
    #expect(words.map(read.lexeme) == words.map(built.lexeme))
    #expect(words.map(read.lexeme) == words.map(lexicon.lexeme))
    for word in words {
      #expect(read.surnames.contains(word) == built.surnames.contains(word))
      #expect(read.givenNames.contains(word) == built.givenNames.contains(word))
      #expect(read.commonWords.contains(word) == built.commonWords.contains(word))
    }
  }
}
