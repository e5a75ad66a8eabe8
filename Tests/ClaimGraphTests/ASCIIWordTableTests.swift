@testable import ClaimGraph
import Foundation
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

  @Test func aListReadFromItsFileBytesFilesEachWordAsTheSameWordsAsStringsWould() throws {
    // Short ASCII words are packed from the bytes; a long one, one beyond ASCII and the Kelvin sign (one with `K`) are strings.
    let words = ["Karin", "Erlan", "constitutional amendment", "Zürich", "\u{212A}", "Nurlan"]
    try withTemporaryFolder { folder in
      try Data(words.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("given_names.txt"))
      let items = try GazetteerFolder(directory: folder.path).items("given_names.txt")
      let fromBytes = ASCIIWordTable<WordClasses>(unionOf: [(WordListSource.items(items), .givenName), (.words(["Karin", "K"]), .surname)])
      let fromStrings = ASCIIWordTable<WordClasses>(unionOf: [(words, .givenName), (["Karin", "K"], .surname)])
      for word in words + ["K", "karin", "Astana"] {
        #expect(fromBytes[word] == fromStrings[word], "\(word)")
      }
      #expect(fromBytes["K"] == [.givenName, .surname])
    }
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

  /// `bytes` written to a file and read back as a mapped snapshot, as a run reads its cache's.
  private func read(_ bytes: [UInt8], key: String) throws -> ASCIIWordTable<WordClasses>? {
    var table: ASCIIWordTable<WordClasses>?
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("vocabulary.snapshot").path
      try AtomicFile.write(bytes, to: path)
      table = ASCIIWordTable<WordClasses>(mappingSnapshotAt: path, key: key)
    }
    return table
  }

  @Test func aSnapshotReadBackAnswersAsTheTableItWasMadeFrom() throws {
    let snapshot = vocabulary.snapshot(key: "gazetteers|build")
    let readBack = try #require(try read(snapshot, key: "gazetteers|build"))
    #expect(answers(readBack) == answers(vocabulary))
    // A table read from a snapshot snapshots again to one of the same size that answers the same.
    let again = readBack.snapshot(key: "gazetteers|build")
    #expect(again.count == snapshot.count)
    #expect(answers(try #require(try read(again, key: "gazetteers|build"))) == answers(vocabulary))
  }

  @Test func aSnapshotMadeUnderAnotherKeyIsNotRead() throws {
    #expect(try read(vocabulary.snapshot(key: "other gazetteers|build"), key: "gazetteers|build") == nil)
  }

  @Test func aSnapshotCutShortOrWithBytesAddedIsNotRead() throws {
    let snapshot = vocabulary.snapshot(key: "k")
    for length in stride(from: 0, to: snapshot.count, by: 7) { #expect(try read(Array(snapshot.prefix(length)), key: "k") == nil) }
    #expect(try read(snapshot + [0], key: "k") == nil)
  }

  @Test func aSnapshotOfTheFirstFormatIsNotRead() throws {
    var snapshot = vocabulary.snapshot(key: "k")
    snapshot.replaceSubrange(0..<24, with: Array("ClaimGraph vocabulary 1\n".utf8))
    #expect(try read(snapshot, key: "k") == nil)
  }

  @Test func aSnapshotWhoseSlotsAreAllTakenEndsEveryLookUp() throws {
    var snapshot = vocabulary.snapshot(key: "k")
    // The slots fill the end of the file; their stride and count follow the magic line and the key.
    let sizes = "ClaimGraph vocabulary 2\n".utf8.count + 4 + 1
    let slotStride = snapshot[sizes..<(sizes + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
    let count = snapshot[(sizes + 8)..<(sizes + 16)].reversed().reduce(0) { $0 << 8 | Int($1) }
    for slot in stride(from: snapshot.count - count * slotStride, to: snapshot.count, by: slotStride) {
      // Bytes 0–15 are the key; a set top bit marks the slot taken. No word packs to all ones.
      snapshot.replaceSubrange(slot..<(slot + 16), with: repeatElement(0xFF, count: 16))
    }
    let damaged = try #require(try read(snapshot, key: "k"))
    #expect(damaged["Astana"] == nil)
    #expect(damaged[lowercasing: "NURLAN"] == nil)
  }

  @Test func aMappedSnapshotAnswersAfterTheCacheReplacesItsFile() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("vocabulary.snapshot").path
      try AtomicFile.write(vocabulary.snapshot(key: "k"), to: path)
      let mapped = try #require(ASCIIWordTable<WordClasses>(mappingSnapshotAt: path, key: "k"))
      try AtomicFile.write(ASCIIWordTable<WordClasses>(unionOf: [(["Astana"], .place)]).snapshot(key: "k"), to: path)
      #expect(answers(mapped) == answers(vocabulary))
    }
  }

  @Test func aMissingSnapshotFileIsNotRead() {
    #expect(ASCIIWordTable<WordClasses>(mappingSnapshotAt: "/nonexistent/vocabulary.snapshot", key: "k") == nil)
  }
}
