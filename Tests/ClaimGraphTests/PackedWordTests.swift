@testable import ClaimGraph
import Testing

@Suite("Packed words") struct PackedWordTests {
  @Test func aWordPacksTheSameFromItsTextItsBytesAndItsScalars() {
    for word in ["Tokayev", "said", "U.S.", "Mazhilis-2024", "a", "constitutional"] {
      let fromText = PackedWord(word)
      #expect(fromText != nil)
      #expect(Array(word.utf8).withUnsafeBufferPointer { PackedWord(utf8: $0) } == fromText)
      #expect(word.scalarArray.withUnsafeBufferPointer { PackedWord(scalars: $0) } == fromText)
    }
  }

  @Test func aWordLongerThanFifteenBytesOrBeyondASCIIDoesNotPack() {
    #expect(PackedWord("counterterrorism") == nil)
    #expect(PackedWord("Қазақстан") == nil)
    #expect(PackedWord("Agnė") == nil)
    #expect("Zhovtis’s".scalarArray.withUnsafeBufferPointer { PackedWord(scalars: $0) } == nil)
  }

  @Test func lowerCasingAPackedWordPacksTheLowerCasedWord() {
    #expect(PackedWord("PRESIDENT")?.lowercased == PackedWord("president"))
    #expect(PackedWord("Kassym-Jomart")?.lowercased == PackedWord("kassym-jomart"))
    // Brackets, `@` and the backtick sit next to the capitals; they stay as they are.
    #expect(PackedWord("[A]@`Z`")?.lowercased == PackedWord("[a]@`z`"))
  }

  @Test func aTrailingNulMakesAnotherWord() {
    #expect(PackedWord("May\u{0}") != PackedWord("May"))
  }
}
