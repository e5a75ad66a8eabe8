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

  // MARK: Snapshots

  private let vocabulary = ASCIIWordTable<WordClasses>(unionOf: [
    (["Erlan", "Aigerim", "Nurlan"], .givenName),
    (["Karin", "Tokayev", "Seitkali", "Nurlan"], .surname),
    (["said", "decree", "constitutional amendment", "Zürich", "\u{212A}"], .commonWord),
  ])
  private let asked = ["Erlan", "Nurlan", "NURLAN", "Tokayev", "said", "Said", "decree", "constitutional amendment",
                       "Constitutional Amendment", "Zürich", "K", "Astana", "", "a-very-long-word-past-fifteen"]

  private func answers(_ table: ASCIIWordTable<WordClasses>) -> [String] {
    asked.map { "\(table[$0]?.rawValue ?? 0)/\(table[lowercasing: $0]?.rawValue ?? 0)" }
  }

  private func read(_ bytes: [UInt8], key: String) -> ASCIIWordTable<WordClasses>? {
    bytes.withUnsafeBytes { ASCIIWordTable<WordClasses>(snapshot: $0, key: key) }
  }

  @Test func aSnapshotReadBackAnswersAsTheTableItWasMadeFrom() throws {
    let snapshot = vocabulary.snapshot(key: "gazetteers|build")
    let readBack = try #require(read(snapshot, key: "gazetteers|build"))
    #expect(answers(readBack) == answers(vocabulary))
    #expect(readBack.snapshot(key: "gazetteers|build") == snapshot)
  }

  @Test func aSnapshotMadeUnderAnotherKeyIsNotRead() {
    #expect(read(vocabulary.snapshot(key: "other gazetteers|build"), key: "gazetteers|build") == nil)
  }

  @Test func aSnapshotCutShortOrWithBytesAddedIsNotRead() {
    let snapshot = vocabulary.snapshot(key: "k")
    for length in stride(from: 0, to: snapshot.count, by: 7) { #expect(read(Array(snapshot.prefix(length)), key: "k") == nil) }
    #expect(read(snapshot + [0], key: "k") == nil)
  }

  @Test func aSnapshotWhoseSlotIsDamagedIsNotRead() {
    var snapshot = vocabulary.snapshot(key: "k")
    // The first slot's place: past the magic line, the key, the slot count and the taken count.
    let firstPlace = "ClaimGraph vocabulary 1\n".utf8.count + 4 + 1 + 8 + 8
    snapshot.replaceSubrange(firstPlace..<(firstPlace + 4), with: [0xFF, 0xFF, 0xFF, 0x7F])
    #expect(read(snapshot, key: "k") == nil)
  }
}
