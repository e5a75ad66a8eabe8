@testable import ClaimGraph
import Testing

@Suite("String fast paths") struct StringFastPathsTests {
  @Test func lettersAndHyphensAreTheWordsOfAMeasureName() {
    #expect("Law “On Mass-Media” No. 5".lettersAndHyphens == ["Law", "On", "Mass-Media", "No"])
    #expect("Decree No. PF-51 of 2023".lettersAndHyphens == ["Decree", "No", "PF-", "of"])
  }

  @Test func lettersAndHyphensSplitAtDigitsAndPunctuation() {
    #expect("Directive (EU) 2023/970".lettersAndHyphens == ["Directive", "EU"])
    #expect("GDPR's@Article[5]`x{y}".lettersAndHyphens == ["GDPR", "s", "Article", "x", "y"])
  }

  @Test func lettersAndHyphensReadAccentedAndCyrillicLettersAsLetters() {
    #expect("Закон «О СМИ» № 5".lettersAndHyphens == ["Закон", "О", "СМИ"])
    #expect("Código Penal, art. 3".lettersAndHyphens == ["Código", "Penal", "art"])
  }

  @Test func lettersAndHyphensOfASCIIAreWhatTheCharacterWalkGives() {
    // Every ASCII byte once, in a phrase: the byte path must split exactly where `Character.isLetter` does.
    let everyByte = String(decoding: (0x20..<0x7F).map { UInt8($0) }, as: UTF8.self) + " Action Plan 2024-2026"
    let walked = everyByte.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
    #expect(everyByte.lettersAndHyphens == walked)
  }

  @Test func lettersAndHyphensOfWholeCharactersAreWhatTheCharacterWalkGives() {
    // Every scalar that is a whole character once, between spaces: the scalar path must split where `Character.isLetter` does.
    let scalars = (0x20..<0x2117).compactMap(Unicode.Scalar.init).filter(\.isWholeCharacter)
    let everyScalar = scalars.map { "\($0)" }.joined(separator: " ") + " Закон «О СМИ» Mass-Media"
    let walked = everyScalar.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
    #expect(everyScalar.lettersAndHyphens == walked)
  }

  @Test func lowerCasingAMeasureTitleWithTypographicQuotesGivesWhatLowercasedGives() {
    #expect("Law “On Mass Media”".lowerCasedForLookup == "law “on mass media”")
    #expect("Закон «О СМИ» № 5".lowerCasedForLookup == "закон «о сми» № 5")
    #expect("Código Penal ŞİRKETİ".lowerCasedForLookup == "Código Penal ŞİRKETİ".lowercased())
  }

  @Test func singleSpacingAMeasureTitleGivesWhatSplittingAtWhiteSpaceGives() {
    for title in ["Закон  «О\u{A0}СМИ»\t№ 5 ", "\u{A0}Law “On Mass\u{A0}\u{A0}Media”\r\n", "Código Penal Ç"] {
      #expect(title.lowerCasedWithSingleSpaces == title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
  }

  @Test func noWholeCharacterBeyondASCIIIsWhiteSpaceButTheNoBreakSpace() {
    // What the byte path of `lowerCasedWithSingleSpaces` takes for granted.
    let spaces = (0x80..<0x2117).compactMap(Unicode.Scalar.init).filter { $0.isWholeCharacter && $0.properties.isWhitespace }
    #expect(spaces == ["\u{A0}"])
  }

  @Test func aWordOfAMeasureTitleStartsWithItsKind() {
    let title = "decree “on additional measures to support labour migrants”"
    #expect(title.hasWord(startingWith: "decree"))
    #expect(title.hasWord(startingWith: "migrant"))
    #expect(!title.hasWord(startingWith: "on additional"))
    #expect(title.hasWord(startingWith: "“on"))
    #expect(!title.hasWord(startingWith: "ecree"))
    #expect(!title.hasWord(startingWith: "on"))
  }

  @Test func wordsStartingWithAPrefixAreWhatSplittingAtSpacesGives() {
    let titles = ["закон республики казахстан «о сми»", "law “on mass\u{A0}media”", "  act  no. 5 ", "loi sur la se\u{301}curite\u{301}", ""]
    for title in titles {
      for prefix in ["закон", "«о", "media", "mass", "act", "no.", "se", "sé", "secur", "sécurité", "la s", ""] {
        #expect(title.hasWord(startingWith: prefix) == title.split(separator: " ").contains { $0.hasPrefix(prefix) }, "\(title) \(prefix)")
      }
    }
  }

  @Test func aNumberIsWhatCharacterIsNumberSays() {
    for text in ["PF-51", "2024", "Tokayev", "½", "Қазақстан", "Закон №5", "٣ مارس", "e\u{301}5", "", "Mazhilis’"] {
      #expect(text.containsNumber == text.contains(where: \.isNumber), "\(text)")
    }
  }
}
