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
}
