@testable import ClaimGraph
import Testing

@Suite("ASCII word table") struct ASCIIWordTableTests {
  private let months = ASCIIWordTable(["May": 5, "Sept.": 9, "September": 9])

  @Test func findsAWordOnlyInItsOwnCase() {
    #expect(months["May"] == 5)
    #expect(months["may"] == nil)
    #expect(months["Sept."] == 9)
  }

  @Test func lowercasingLooksUpTheLowerCaseWord() {
    let openers = ASCIIWordTable(["late": true, "yesterday": true])
    #expect(openers[lowercasing: "Late"] == true)
    #expect(openers[lowercasing: "YESTERDAY"] == true)
    #expect(openers["Late"] == nil)
    #expect(openers[lowercasing: "Lately"] == nil)
  }

  @Test func wordsPastFifteenBytesAreFoundThroughTheDictionary() {
    let heads = ASCIIWordTable(["constitutional amendment": true])
    #expect(heads["constitutional amendment"] == true)
    #expect(heads[lowercasing: "Constitutional Amendment"] == true)
  }

  @Test func nonASCIIWordsAnswerAsTheDictionaryDoes() {
    // The Kelvin sign is canonically `K`: `String` equality, and so the dictionary, makes them one word.
    let table = ASCIIWordTable(["\u{212A}": 1, "Zürich": 2])
    #expect(table["K"] == ["\u{212A}": 1]["K"])
    #expect(table["Zürich"] == 2)
    #expect(table[lowercasing: "ZÜRICH"] == nil)
  }

  @Test func aKelvinSignFindsTheASCIIWordItIsEqualTo() {
    #expect(ASCIIWordTable(["K": 1])["\u{212A}"] == ["K": 1]["\u{212A}"])
    #expect(ASCIIWordTable(["k": 1])[lowercasing: "\u{212A}"] == 1)
  }

  @Test func aWordOnSeveralListsHasTheUnionOfTheirValues() {
    let table = ASCIIWordTable<WordClasses>(unionOf: [(["Karin", "Erlan"], .givenName), (["Karin"], .surname), (["Zürich"], .place)])
    #expect(table["Karin"] == [.givenName, .surname])
    #expect(table["Erlan"] == .givenName)
    #expect(table["Zürich"] == .place)
    #expect(table["Astana"] == nil)
  }

  @Test func aTrailingNulIsADifferentWord() {
    #expect(months["May\u{0}"] == nil)
  }
}
