import Foundation
import Testing

@Suite("claimgraph quotes")
struct QuotesCommandTests {
  /// Builds the graph of `seeds/` in a temporary folder and asks it for `name`'s quotes.
  func quotes(_ name: String, body: (CommandResult, Graph) throws -> Void) throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let result = try claimgraph(["quotes", name, "--graph", out.appendingPathComponent("graph.json").path])
      try body(result, try graph(in: out))
    }
  }

  @Test(arguments: ["erlan karin", "Erlan Karin", "ERLAN KARIN", "Érlan Kárin", "Karin"])
  func findsErlanKarinsQuotesWhateverTheCaseAndDiacritics(_ name: String) throws {
    try quotes(name) { result, _ in
      #expect(result.status == 0, "\(result)")
      #expect(result.outputLines.first == "Matched: Erlan Karin (person:erlan-karin)")
      #expect(result.output.contains("The implementation of all the provisions enshrined in today’s decree"))
    }
  }

  @Test func titleBeforeTheNameIsIgnored() throws {
    try quotes("President Tokayev") { result, _ in
      #expect(result.status == 0, "\(result)")
      #expect(result.outputLines.first == "Matched: Kassym-Jomart Tokayev (person:kassym-jomart-tokayev)")
      #expect(result.output.contains("An important stage of political modernisation"))
    }
  }

  @Test func listsEveryQuoteTheGraphAttributesToTheSpeaker() throws {
    try quotes("Erlan Karin") { result, graph in
      #expect(result.status == 0, "\(result)")
      let attributed = graph.quotes.filter { $0.speaker == "person:erlan-karin" }
      #expect(!attributed.isEmpty)
      for quote in attributed {
        #expect(result.output.contains(quote.text), "missing from the listing: \(quote.text)")
      }
      #expect(result.outputLines.last == "\(attributed.count) quote\(attributed.count == 1 ? "" : "s")")
    }
  }

  @Test func unknownNameExitsNonZeroSayingNobodyIsCalledThat() throws {
    try quotes("Zhanna Nonexistentova") { result, _ in
      #expect(result.status != 0)
      #expect(result.output.isEmpty)
      #expect(result.errorOutput.contains("nobody called \"Zhanna Nonexistentova\""))
    }
  }
}
