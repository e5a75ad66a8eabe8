import Foundation
import Testing

@Suite("claimgraph quotes")
struct QuotesCommandTests {
  func quotes(_ name: String, body: (CommandResult, Graph) throws -> Void) throws {
    try quotes([name], body: body)
  }

  /// Runs `claimgraph quotes` with `arguments` on the seeds graph.
  func quotes(_ arguments: [String], body: (CommandResult, Graph) throws -> Void) throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let result = try claimgraph(["quotes"] + arguments + ["--graph", out.appendingPathComponent("graph.json").path])
      try body(result, try graph(in: out))
    }
  }

  @Test(arguments: ["erlan karin", "Erlan Karin", "ERLAN KARIN", "Érlan Kárin"])
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
      #expect(result.outputLines.first == "Matched: Kassym-Jomart Tokayev (person:kassym-jomart-tokayev) as \"Tokayev\"")
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

  @Test func aSurnameAloneSaysWhichAliasItMatched() throws {
    try quotes("Karin") { result, _ in
      #expect(result.outputLines.first == "Matched: Erlan Karin (person:erlan-karin) as \"Karin\"")
    }
  }

  @Test func aDifferentRomanisationFindsBothSpellingsAndSaysSo() throws {
    try quotes("Yergalieva") { result, _ in
      #expect(result.status == 0, "\(result)")
      let first = try #require(result.outputLines.first)
      #expect(first.contains("Nazgul Yergalieva (person:nazgul-yergalieva)"))
      #expect(first.contains("Nazgul Yeargalieva (person:nazgul-yeargalieva), spelt \"Nazgul Yeargalieva\" in the graph"))
    }
  }

  @Test func aMisspeltNameIsForgiven() throws {
    try quotes("Turmagambetva") { result, graph in
      #expect(result.status == 0, "\(result)")
      #expect(result.outputLines.last == "\(graph.quotes.filter { $0.speaker == "person:zhemis-turmagambetova" }.count) quotes")
    }
  }

  @Test func aNameNotInTheGraphGetsTheClosestNamesSuggested() throws {
    try quotes("Blinkenov") { result, _ in
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("Closest names in the graph:"))
      #expect(result.errorOutput.contains("Antony Blinken"))
    }
  }

  @Test func aboutWithoutANameListsEveryoneQuotedAboutTheMeasure() throws {
    try quotes(["--about", "Urgent Action Plan", "--format", "json"]) { result, graph in
      #expect(result.status == 0, "\(result)")
      let answer = try decode(QuoteAnswer.self, fromLine: result.output)
      let expected = graph.quotes.filter { $0.measures.contains("law:urgent-action-plan") }.map(\.id)
      #expect(!expected.isEmpty)
      #expect(answer.quotes.map(\.id) == expected)
    }
  }

  @Test func kindAndPeriodNarrowTheQuotes() throws {
    try quotes(["Tokayev", "--kind", "direct", "--from", "2021-06", "--to", "2021"]) { result, graph in
      #expect(result.status == 0, "\(result)")
      #expect(result.output.contains("Limited to: from 2021-06, to 2021, direct quotes only"))
      #expect(!result.output.contains("(reported)"))
    }
    try quotes(["Tokayev", "--from", "2030"]) { result, _ in
      #expect(result.status == 0)
      #expect(result.outputLines.last == "0 quotes")
    }
  }

  @Test func csvHasAHeaderAndOneRowPerQuote() throws {
    try quotes(["Erlan Karin", "--format", "csv"]) { result, graph in
      let attributed = graph.quotes.filter { $0.speaker == "person:erlan-karin" }
      #expect(result.outputLines.first == "id,speaker,speaker_name,date,document,title,kind,text,measures,measure_names")
      #expect(result.outputLines.count == attributed.count + 1)
    }
  }

  @Test func markdownIsATableWithOneRowPerQuote() throws {
    try quotes(["Erlan Karin", "--format", "markdown"]) { result, graph in
      let rows = result.outputLines.filter { $0.hasPrefix("| 20") }
      #expect(result.output.contains("| Date | Speaker | Kind | Quote | About | Document |"))
      #expect(rows.count == graph.quotes.filter { $0.speaker == "person:erlan-karin" }.count)
    }
  }

  @Test(arguments: [["Karin", "--from", "June 2021"], ["Karin", "--kind", "quoted"], ["Karin", "--format", "xml"], ["--to", "2021"]])
  func badOptionsAreUsageErrors(_ arguments: [String]) throws {
    let result = try claimgraph(["quotes"] + arguments)
    #expect(result.status == 64)
    #expect(result.errorOutput.hasPrefix("claimgraph quotes: "))
  }
}

/// What `claimgraph quotes --format json` prints, as far as the tests read it.
private struct QuoteAnswer: Decodable {
  struct Quote: Decodable { let id: String }
  let quotes: [Quote]
}
