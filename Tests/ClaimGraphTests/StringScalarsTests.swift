@testable import ClaimGraph
import Testing

@Suite struct StringScalarsTests {
  @Test func scalarArrayHoldsEveryScalarOfMixedWidthText() {
    // One, two, three and four UTF-8 bytes: ASCII, Kazakh Cyrillic, a curly quote, an emoji.
    let text = "Tokayev said “Қазақстан” 🇰🇿 grew 4.1%."
    #expect(text.scalarArray == Array(text.unicodeScalars))
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
