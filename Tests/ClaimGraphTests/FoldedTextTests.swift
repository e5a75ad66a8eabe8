@testable import ClaimGraph
import Testing

@Suite("Folded text search") struct FoldedTextTests {
  @Test func findsATitleInTypographicQuotesOnItsBytes() {
    let decree = FoldedText("decree “on further measures to protect journalists”")
    #expect(decree.contains(FoldedText("“on further measures to protect journalists”")))
    #expect(!decree.contains(FoldedText("“on further measures to protect bloggers”")))
  }

  @Test func findsCyrillicNamesAsFoundationDoes() {
    let law = FoldedText("закон «о средствах массовой информации»")
    #expect(law.contains(FoldedText("о средствах")) == law.text.contains("о средствах"))
  }

  @Test func decomposedAccentsMatchTheirComposedFormAsFoundationDoes() {
    // `é` written as `e` and a combining acute is the same letter; the search leaves it to Foundation.
    let composed = FoldedText("loi sur la sécurité")
    let decomposed = FoldedText("se\u{301}curite\u{301}")
    #expect(composed.contains(decomposed) == composed.text.contains(decomposed.text))
    #expect(composed.contains(decomposed))
  }
}
