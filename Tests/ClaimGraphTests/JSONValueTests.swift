@testable import ClaimGraph
import Foundation
import Testing

private func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

private func parse(_ json: String) -> JSONValue? { JSONValue.parse(Data(json.utf8)) }

/// The gold entity for the fine in `003`, as the annotation files write it.
private let fine: JSONValue = .object([
  ("label", .string("MONEY")),
  ("text", .string("12.96 million tenge")),
  ("norm", .object([("amount", .decimal(decimal("12960000"))), ("currency", .string("KZT"))])),
])

@Suite struct JSONValueTests {
  // MARK: Serialization

  @Test func objectKeysKeepTheOrderGiven() {
    #expect(fine.serialized() == #"{"label":"MONEY","text":"12.96 million tenge","norm":{"amount":12960000,"currency":"KZT"}}"#)
  }

  @Test func prettyOutputIndentsByTwoSpaces() {
    let entity: JSONValue = .object([("label", .string("DATE")), ("text", .string("10 June")), ("norm", .string("2021-06-10"))])
    #expect(JSONValue.array([entity]).serialized(pretty: true) == """
      [
        {
          "label": "DATE",
          "text": "10 June",
          "norm": "2021-06-10"
        }
      ]
      """)
  }

  @Test func emptyContainersStayOnOneLineWhenPretty() {
    let quote: JSONValue = .object([("about", .array([])), ("extra", .object([]))])
    #expect(quote.serialized(pretty: true) == "{\n  \"about\": [],\n  \"extra\": {}\n}")
  }

  @Test func decimalAmountIsWrittenWithoutExponentOrTrailingZeros() {
    #expect(JSONValue.decimal(decimal("29.4") * decimal("1000000000")).serialized() == "29400000000")
  }

  @Test func decimalFractionIsWrittenWithAFullStop() {
    #expect(JSONValue.decimal(decimal("12.96")).serialized() == "12.96")
  }

  @Test func scalarsSerializeAsJSONLiterals() {
    #expect(JSONValue.array([.null, .bool(true), .bool(false), .int(-3)]).serialized() == "[null,true,false,-3]")
  }

  // MARK: Escaping

  @Test func quotationMarksAndBackslashesAreEscaped() {
    #expect(JSONValue.string(#"The file seeds\003.txt quotes "a listening state"."#).serialized()
      == #""The file seeds\\003.txt quotes \"a listening state\".""#)
  }

  @Test func lineBreaksAndTabsAreEscaped() {
    #expect(JSONValue.string("Human Rights\n\nNew Decree\r\n\tEnd").serialized() == #""Human Rights\n\nNew Decree\r\n\tEnd""#)
  }

  @Test func otherControlCharactersAreUnicodeEscaped() {
    #expect(JSONValue.string("a\u{1}b\u{1F}c").serialized() == #""a\u0001b\u001fc""#)
  }

  @Test func lineAndParagraphSeparatorsAreEscaped() {
    #expect(JSONValue.string("one\u{2028}two\u{2029}three").serialized() == #""one\u2028two\u2029three""#)
  }

  @Test func nonASCIITextIsWrittenAsIs() {
    #expect(JSONValue.string("Agnė Bilotaitė said “no” 📢").serialized() == "\"Agnė Bilotaitė said “no” 📢\"")
  }

  @Test func aCharacterToEscapeIsFoundAtEveryPlaceInALongQuote() {
    // Strings are searched eight bytes at a time: each character that needs escaping, or that only
    // looks as if it might (a curly quotation mark starts like a line separator), at every offset.
    let quote = "The ministry said the law would take effect in May and that fines would rise."
    let marks: [(Character, String)] = [("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\u{1}", "\\u0001"),
                                        ("\u{2028}", "\\u2028"), ("“", "“"), ("—", "—"), ("é", "é")]
    for offset in 0...20 {
      for (mark, escaped) in marks {
        var text = quote
        text.insert(mark, at: text.index(text.startIndex, offsetBy: offset))
        var expected = quote
        expected.insert(contentsOf: escaped, at: expected.index(expected.startIndex, offsetBy: offset))
        #expect(JSONValue.string(text).serialized() == "\"" + expected + "\"", "\(mark.debugDescription) at \(offset)")
      }
    }
  }

  @Test func objectKeysAreEscapedToo() {
    #expect(JSONValue.object([("say \"hi\"", .null)]).serialized() == #"{"say \"hi\"":null}"#)
  }

  // MARK: Equality

  @Test func objectsWithTheSameMembersInAnotherOrderDiffer() {
    let reordered: JSONValue = .object([("currency", .string("KZT")), ("amount", .int(12960000))])
    let original: JSONValue = .object([("amount", .int(12960000)), ("currency", .string("KZT"))])
    #expect(reordered != original)
  }

  // MARK: Parsing

  @Test func parsedObjectKeysKeepTheirOrder() {
    #expect(parse(#"{"text":"$40,000","label":"MONEY"}"#)?.serialized() == #"{"text":"$40,000","label":"MONEY"}"#)
  }

  @Test func parsedEscapesAndSurrogatePairsComeBackAsTheirCharacters() {
    #expect(parse(#"["a\"b\\c\n", "\u00e9\ud83d\ude00"]"#) == .array([.string("a\"b\\c\n"), .string("é😀")]))
  }

  @Test func rawControlCharacterInAStringIsNoJSON() {
    #expect(parse("[\"a\tb\"]") == nil)
    #expect(parse("[\"a\\n\tb\"]") == nil)
  }

  @Test func unicodeEscapeNeedsFourHexDigits() {
    #expect(parse(#"["\u00E9\u00e9"]"#) == .array([.string("éé")]))
    #expect(parse(#"["\u00g9"]"#) == nil)
    #expect(parse(#"["\u+0e9"]"#) == nil)
  }

  @Test func invalidUTF8InAStringIsNoJSON() {
    #expect(JSONValue.parse(Data([0x5B, 0x22, 0xC3, 0x22, 0x5D])) == nil)
    #expect(JSONValue.parse(Data([0x5B, 0x22, 0x5C, 0x6E, 0xC3, 0x22, 0x5D])) == nil)
  }

  @Test func textAfterTheValueIsNoJSON() {
    #expect(parse(#"{"a":1} x"#) == nil)
    #expect(parse(#"{"a":}"#) == nil)
  }

  @Test func parsedBooleansStayBooleans() {
    #expect(parse("[true,false]") == .array([.bool(true), .bool(false)]))
  }

  @Test func parsedIntegersAreNotBooleans() {
    #expect(parse("[1,0]")?.serialized() == "[1,0]")
  }

  @Test func parsedDecimalAmountKeepsItsDigits() {
    #expect(parse(#"{"amount":12.96}"#)?["amount"]?.decimalValue == decimal("12.96"))
  }

  @Test func parsedNullAndStringsRoundTrip() {
    let json = #"{"about":[],"speaker":null,"text":"Kazakhstan’s record, \"listening state\""}"#
    #expect(parse(json)?.serialized() == json)
  }

  @Test func subscriptFindsAMemberByKey() {
    #expect(fine["norm"]?["currency"]?.stringValue == "KZT")
    #expect(fine["speaker"] == nil)
  }

  @Test func truncatedJSONDoesNotParse() {
    // A gold file cut off while it was being written.
    #expect(parse(#"{"doc": "003_61e5cfb4103716c2", "entities": [{"label": "MONEY", "text": "$40,0"#) == nil)
  }

  @Test func intValueReadsAWholeDecimal() {
    #expect(JSONValue.decimal(decimal("40000")).intValue == 40000)
  }

  @Test func integersAreWrittenAsSwiftWritesThem() {
    for value in [0, 7, -1, 10, 99, 100, 1612, -40_000, 12_960_000, Int.max, Int.min] {
      #expect(JSONValue.int(value).serialized() == String(value))
    }
  }
}
