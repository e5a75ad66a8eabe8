@testable import ClaimGraph
import Foundation
import Testing

private let headline = "Kazakhstan’s President Kassym-Jomart Tokayev signed the decree."

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

private func firstInvalid(_ bytes: [UInt8]) -> Int? { TextDecoder.firstInvalidUTF8(bytes[...]) }

@Suite struct TextDecoderTests {
  // MARK: Text that decodes

  @Test func plainUTF8DecodesWithoutWarnings() {
    #expect(TextDecoder.decode(Data(utf8(headline))) == .text(headline, warnings: []))
  }

  @Test func utf8ByteOrderMarkIsDropped() {
    let outcome = TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + utf8(headline)))
    #expect(outcome == .text(headline, warnings: []))
  }

  @Test func littleEndianUTF16WithByteOrderMarkDecodes() {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in headline.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(TextDecoder.decode(Data(bytes)) == .text(headline, warnings: ["decoded as UTF-16"]))
  }

  @Test func bigEndianUTF16WithByteOrderMarkDecodes() {
    var bytes: [UInt8] = [0xFE, 0xFF]
    for unit in headline.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    #expect(TextDecoder.decode(Data(bytes)) == .text(headline, warnings: ["decoded as UTF-16"]))
  }

  // MARK: Invalid UTF-8

  @Test func latin1ByteIsReplacedAndReportedAtItsOffset() {
    // "Agnė Bilotaitė" saved by a scraper as Windows-1257: `ė` is the single byte 0xEB.
    let bytes = utf8("Agn") + [0xEB] + utf8(" Bilotait") + [0xEB] + utf8(" spoke.")
    let outcome = TextDecoder.decode(Data(bytes))
    #expect(outcome == .text("Agn\u{FFFD} Bilotait\u{FFFD} spoke.",
                             warnings: ["invalid UTF-8 at byte 3; decoded with replacement characters"]))
  }

  @Test func dataSliceIsDecodedFromItsOwnStart() {
    let data = Data(utf8("xx") + [0xEF, 0xBB, 0xBF] + utf8("UN ") + [0xED, 0xA0, 0x80])
    #expect(TextDecoder.decode(data[2...]) == .text("UN \u{FFFD}\u{FFFD}\u{FFFD}",
                                                     warnings: ["invalid UTF-8 at byte 6; decoded with replacement characters"]))
  }

  @Test func invalidByteOffsetCountsTheByteOrderMark() {
    let bytes = [0xEF, 0xBB, 0xBF] + utf8("Astana") + [0xFF] + utf8(" news")
    let outcome = TextDecoder.decode(Data(bytes))
    #expect(outcome == .text("Astana\u{FFFD} news", warnings: ["invalid UTF-8 at byte 9; decoded with replacement characters"]))
  }

  @Test func multiByteCharactersBeforeTheBadByteCountAsBytes() {
    // `’` is three bytes, so the stray 0x80 is byte 14, not character 12.
    #expect(firstInvalid(utf8("Kazakhstan’s") + [0x80]) == 14)
  }

  @Test func overlongEncodingIsInvalid() {
    #expect(firstInvalid(utf8("EU") + [0xC0, 0xAE]) == 2)
  }

  @Test func threeByteOverlongEncodingIsInvalid() {
    #expect(firstInvalid(utf8("EU") + [0xE0, 0x80, 0xAE]) == 2)
  }

  @Test func encodedSurrogateIsInvalid() {
    #expect(firstInvalid(utf8("UN ") + [0xED, 0xA0, 0x80]) == 3)
  }

  @Test func sequenceCutOffAtTheEndIsInvalid() {
    #expect(firstInvalid(utf8("Tokayev ") + [0xE2, 0x80]) == 8)
  }

  @Test func wellFormedFourByteEmojiIsValid() {
    #expect(firstInvalid(utf8("📢 Tokayev’s decree")) == nil)
  }

  @Test func offsetIsRelativeToTheSliceStart() {
    let bytes = [0xEF, 0xBB, 0xBF] + utf8("OSCE") + [0xFE]
    #expect(TextDecoder.firstInvalidUTF8(bytes.dropFirst(3)) == 4)
  }

  // MARK: Inputs that are skipped

  @Test func emptyFileIsSkipped() {
    #expect(TextDecoder.decode(Data()) == .skipped(reason: "empty file"))
  }

  @Test func whiteSpaceOnlyFileIsSkipped() {
    #expect(TextDecoder.decode(Data(utf8(" \n\n\t \r\n"))) == .skipped(reason: "only white space"))
  }

  @Test func byteOrderMarkAndBlankLinesAreSkipped() {
    #expect(TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + utf8("\n\n"))) == .skipped(reason: "only white space"))
  }

  @Test func blankUTF16FileIsSkipped() {
    #expect(TextDecoder.decode(Data([0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00])) == .skipped(reason: "only white space"))
  }

  @Test func fileWithNulBytesIsSkippedAsBinary() {
    let bytes: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0x00, 0x01]
    #expect(TextDecoder.decode(Data(bytes)) == .skipped(reason: "binary file (contains NUL bytes)"))
  }
}
