@testable import ClaimGraph
import Testing

@Suite struct StringScalarsTests {
  @Test func scalarArrayHoldsEveryScalarOfMixedWidthText() {
    // One, two, three and four UTF-8 bytes: ASCII, Kazakh Cyrillic, a curly quote, an emoji.
    let text = "Tokayev said “Қазақстан” 🇰🇿 grew 4.1%."
    #expect(text.scalarArray == Array(text.unicodeScalars))
  }

  @Test func scalarArrayReadsACharacterBeyondASCIIAtEveryPlaceInALongLine() {
    // ASCII is read eight bytes at a time: a wider character before, inside or after each group of eight.
    let line = "The Mazhilis passed the bill on Wednesday, the press service said."
    for offset in 0...20 {
      for character in ["ə", "“", "🇰🇿", "é"] {
        var text = line
        text.insert(contentsOf: character, at: text.index(text.startIndex, offsetBy: offset))
        #expect(text.scalarArray == Array(text.unicodeScalars), "\(character) at \(offset)")
      }
    }
  }

  @Test func scalarArrayKeepsCombiningMarksAsTheirOwnScalars() {
    #expect("Agne\u{301}".scalarArray == ["A", "g", "n", "e", "\u{301}"])
  }

  @Test func scalarArrayOfEmptyTextIsEmpty() {
    #expect("".scalarArray.isEmpty)
  }

  @Test func stringFromScalarsRoundTripsScalarArray() {
    let text = "Erlan Karin 👍🏽 — «Zakon.kz»"
    #expect(String(scalars: text.scalarArray[...]) == text)
  }
}
