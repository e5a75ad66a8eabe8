@testable import ClaimGraph
import Testing

@Suite struct DocumentTests {
  // MARK: Text between scalar offsets

  @Test func textInRangeCountsScalarsNotBytes() {
    let document = Document(id: "t", text: "Agnė Bilotaitė said “no” 📢 to the Tenge levy.")
    #expect(document.text(in: 5..<14) == "Bilotaitė")
    #expect(document.text(in: 20..<24) == "“no”")
    #expect(document.text(in: 25..<26) == "📢")
  }

  @Test func textInRangeKeepsTwoByteThreeByteAndFourByteScalarsWhole() {
    let text = "Fine: ₸113,450 (Ünal, 📢)."
    let document = Document(id: "t", text: text)
    #expect(document.text(in: 0..<document.scalars.count) == text)
  }

  @Test func textInEmptyRangeIsEmpty() {
    let document = Document(id: "t", text: "Tokayev signed the decree.")
    #expect(document.text(in: 8..<8) == "")
  }

  // MARK: Title

  @Test func titleIsTheFirstLineWithLettersTrimmed() {
    #expect(Document(id: "t", text: "\n  2024 \n \t Tokayev signs decree\t \nBody.").title == "Tokayev signs decree")
  }

  @Test func titleTrimsWhiteSpaceBeyondASCII() {
    #expect(Document(id: "t", text: "\u{00A0}\u{3000}Astana news\u{2009} \u{202F}\nBody.").title == "Astana news")
  }

  @Test func titleKeepsAccentsAndOtherScalarsAtItsEnds() {
    #expect(Document(id: "t", text: " Ünal’s “decree” ").title == "Ünal’s “decree”")
  }

  @Test func longTitleIsCutTo200Characters() {
    let title = Document(id: "t", text: "  " + String(repeating: "é", count: 250) + "  ").title
    #expect(title == String(repeating: "é", count: 200) + "…")
  }
}
