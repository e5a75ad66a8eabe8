@testable import ClaimGraph
import Testing

@Suite("Whole-character lower case") struct WholeCharacterCaseTests {
  @Test func lowerCasingEveryWholeCharacterGivesWhatLowercasedGives() {
    // `İ` lower-cases to two scalars and is left to `lowercased()`; every other one comes from the table.
    for scalar in (0..<0x2117).compactMap(Unicode.Scalar.init) where scalar.isWholeCharacter {
      let text = "A\(scalar)z"
      let fromTable = WholeCharacterCase.lowercased(text)
      #expect(fromTable == (scalar == "\u{130}" ? nil : text.lowercased()), "U+\(String(scalar.value, radix: 16, uppercase: true))")
    }
  }

  @Test func aMeasureTitleInCyrillicWithGuillemetsLowerCasesFromTheTable() {
    #expect(WholeCharacterCase.lowercased("Закон «О СМИ» № 5") == "закон «о сми» № 5")
  }

  @Test func textWithAScalarBeyondWholeCharactersIsLeftToLowercased() {
    #expect(WholeCharacterCase.lowercased("Café\u{301}") == nil)
    #expect(WholeCharacterCase.lowercased("Emoji 🎉") == nil)
  }
}
