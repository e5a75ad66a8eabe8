@testable import ClaimGraph
import Testing

@Suite("String spelling") struct StringSpellingTests {
  @Test func aPossessiveIsSpelledWithItsTypographicApostropheOnly() {
    // From `the General Prosecutor’s Office`: the tokenizer splits off `’s`.
    #expect("’s".isSpelled("’s"))
    #expect(!"'s".isSpelled("’s"))
    #expect(!"’".isSpelled("’s"))
  }

  @Test func aNonASCIITokenIsNotAnASCIIPunctuationMark() {
    // `“We will not back down,” she said.`: the opening quote is no comma, no full stop.
    #expect(!"“".isSpelled(","))
    #expect(!"…".isSpelled("..."))
    #expect("…".isSpelled("…"))
  }

  @Test func spellingAgreesWithEqualityForTheLiteralsTheStagesCompare() {
    // A text canonically equal to one of these literals has its bytes: `==` and `isSpelled` agree, also for
    // texts that are canonically equal to other texts (`é` composed and decomposed).
    let texts = ["’s", "'s", "“", "”", "„", "«", "»", "‘", "’", "'", ".", "...", "…", ",", "(", "May", "the", "The",
                 "é", "e\u{301}", "Kelvin \u{212A}", "", "s\u{301}"]
    for text in texts {
      #expect(text.isSpelled("’s") == (text == "’s"))
      #expect(text.isSpelled("…") == (text == "…"))
      #expect(text.isSpelled("May") == (text == "May"))
      #expect(text.isSpelled(",") == (text == ","))
      #expect(text.isSpelled("") == (text == ""))
    }
  }

  @Test func theLastByteIsTheLastOfTheTextsUTF8() {
    for text in ["Mr.", "U.S.", "Tokayev", "Mazhilis’", "e\u{301}", "", String(repeating: "Kassym-Jomart ", count: 4) + "."] {
      #expect(text.lastByte == text.utf8.last, "\(text)")
    }
  }

  @Test func asciiIsEveryByteBelow0x80() {
    #expect("Tokayev said".isASCII)
    #expect("".isASCII)
    #expect(!"Тоқаев".isASCII)
    #expect(!"Mazhilis’".isASCII)
  }

  @Test func theBytesInPlaceAreTheTextsUTF8() {
    for text in ["Akorda", "Қасым-Жомарт Тоқаев", "e\u{301}", "", String(repeating: "Kassym-Jomart Tokayev ", count: 8)] {
      #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8), "\(text)")
    }
  }
}
