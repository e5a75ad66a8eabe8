@testable import ClaimGraph
import Foundation
import Testing

/// The EURACTIV story of seeds/001, cut down: Tokayev and Karin on the human rights decree.
private enum Story {
  static let id = "001_euractiv"
  static let path = "seeds/001_euractiv.txt"
  static let text = """
  Kazakhstan announces new efforts to improve human rights record

  Kazakh President Kassym-Jomart Tokayev has signed a decree “On further measures of the Republic of Kazakhstan in the \
  field of human rights”, which he said represents an important step in the political modernisation of the Central Asian country.

  “An important stage of political modernisation is a further implementation of concrete measures in the field of human \
  rights. A corresponding decree was signed today. The government has been instructed to adopt an Urgent Action Plan for \
  its implementation,” Tokayev said on Twitter.

  “The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation,” Karin told EURACTIV.
  """

  static let decree = entity("law:decree-on-further-measures", .law,
                             "decree “On further measures of the Republic of Kazakhstan in the field of human rights”", aliases: ["today’s decree"])
  static let plan = entity("law:urgent-action-plan", .law, "Urgent Action Plan")
  static let tokayev = entity("person:kassym-jomart-tokayev", .person, "Kassym-Jomart Tokayev", aliases: ["Tokayev"])
  static let karin = entity("person:erlan-karin", .person, "Erlan Karin", aliases: ["Karin"])

  static let stepQuote = "represents an important step in the political modernisation of the Central Asian country"
  static let stageQuote = "An important stage of political modernisation is a further implementation of concrete measures in the field of "
    + "human rights. A corresponding decree was signed today. The government has been instructed to adopt an Urgent Action Plan for its implementation"
  static let karinQuote = "The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation"

  static let quotes = [
    quote(1, stepQuote, in: text, document: id, kind: "indirect", speaker: tokayev, measures: [decree.id]),
    quote(2, stageQuote, in: text, document: id, speaker: tokayev, measures: [decree.id, plan.id]),
    quote(3, karinQuote, in: text, document: id, speaker: karin, measures: [decree.id]),
  ]

  static let document = GraphRecord.Document(id: id, path: path, title: "Kazakhstan announces new efforts to improve human rights record",
                                             date: "2021-06-10", sentences: 5)
  static let index = GraphIndex(documents: [document], entities: [decree, plan, karin, tokayev], quotes: quotes)

  static func site(texts: [String: String] = [path: text]) -> Site { Site(index: index, sources: SourceTexts(texts: texts)) }
}

private func entity(_ id: String, _ type: EntityLabel, _ name: String, aliases: [String] = []) -> GraphRecord.Entity {
  GraphRecord.Entity(id: id, type: type, name: name, aliases: [name] + aliases, mentions: 1 + aliases.count, quotes: 0, documents: [Story.id])
}

/// A quote whose words are `words` in `text`; a direct quote's offsets take in the quotation marks around them.
private func quote(_ number: Int, _ words: String, in text: String, document: String, kind: String = "direct",
                   speaker: GraphRecord.Entity?, measures: [String] = []) -> GraphRecord.Quote {
  let scalars = Array(text.unicodeScalars), target = Array(words.unicodeScalars)
  let start = (0...(scalars.count - target.count)).first { scalars[$0..<($0 + target.count)].elementsEqual(target) }
  guard var start else {
    Issue.record("“\(words)” is not in the text")
    return GraphRecord.Quote(id: "", document: document, kind: kind, speaker: nil, speakerName: nil, mention: nil, cue: "", text: words,
                             start: 0, end: 0, sentence: 0, measures: [])
  }
  var end = start + target.count
  if kind == "direct" {
    start -= 1
    while scalars[end] != "”" { end += 1 }
    end += 1
  }
  return GraphRecord.Quote(id: "quote:\(document):\(number)", document: document, kind: kind, speaker: speaker?.id,
                           speakerName: speaker?.name, mention: speaker?.name, cue: "said", text: words, start: start, end: end,
                           sentence: 0, measures: measures)
}

private func contents(_ path: String, in site: Site, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
  try #require(site.files.first { $0.path == path }, "no \(path) in \(site.files.map(\.path))", sourceLocation: sourceLocation).contents
}

private func occurrences(of needle: String, in haystack: String) -> Int {
  haystack.components(separatedBy: needle).count - 1
}

@Suite struct SiteWriterTests {
  // MARK: Escaping

  @Test func escapingReplacesAngleBracketsAmpersandsAndQuotationMarks() {
    #expect(HTML.escape(#"AT&T said the <b>“Smart Borders”</b> package is "fair" and 'final'"#)
      == "AT&amp;T said the &lt;b&gt;“Smart Borders”&lt;/b&gt; package is &quot;fair&quot; and &#39;final&#39;")
  }

  @Test func quoteWithMarkupIsShownAsTextOnEveryPage() throws {
    let text = #"Johansson said the <Pact on Migration & Asylum> would be "fair" to all."#
    let johansson = entity("person:ylva-johansson", .person, "Ylva Johansson")
    let pact = quote(1, #"the <Pact on Migration & Asylum> would be "fair" to all"#, in: text, document: "eu", kind: "indirect", speaker: johansson)
    let index = GraphIndex(documents: [GraphRecord.Document(id: "eu", path: "eu.txt", title: "<EU> & migration", date: nil, sentences: 1)],
                           entities: [johansson], quotes: [pact])
    let site = Site(index: index, sources: SourceTexts(texts: ["eu.txt": text]))
    let escaped = "the &lt;Pact on Migration &amp; Asylum&gt; would be &quot;fair&quot; to all"
    for page in ["speakers/ylva-johansson.html", "documents/eu.html"] {
      let html = try contents(page, in: site)
      #expect(html.contains(escaped), "\(page)")
      #expect(!html.contains("<Pact"), "\(page)")
    }
    #expect(try contents("documents/eu.html", in: site).contains("<title>&lt;EU&gt; &amp; migration · ClaimGraph</title>"))
  }

  // MARK: Speaker and measure pages

  @Test func speakerPageListsEveryQuoteWithItsMeasures() throws {
    let html = try contents("speakers/kassym-jomart-tokayev.html", in: Story.site())
    #expect(occurrences(of: "<article class=\"quote", in: html) == 2)
    #expect(html.contains(Story.stepQuote))
    #expect(html.contains(Story.stageQuote))
    #expect(!html.contains(Story.karinQuote))
    #expect(occurrences(of: "href=\"../measures/decree-on-further-measures.html\"", in: html) == 2)
    #expect(occurrences(of: "href=\"../measures/urgent-action-plan.html\"", in: html) == 1)
  }

  @Test func speakerPageLinksEachQuoteToItsPassage() throws {
    let html = try contents("speakers/kassym-jomart-tokayev.html", in: Story.site())
    #expect(html.contains("href=\"../documents/001_euractiv.html#quote-1\""))
    #expect(html.contains("href=\"../documents/001_euractiv.html#quote-2\""))
  }

  @Test func measurePageGroupsStatementsBySpeakerInNameOrder() {
    let map = SiteMap(index: Story.index)
    let groups = MeasurePage(map: map, measure: Story.decree).groups
    #expect(groups.map(\.key) == ["person:erlan-karin", "person:kassym-jomart-tokayev"])
    #expect(groups.map { $0.quotes.map(\.number) } == [[3], [1, 2]])
  }

  @Test func measurePageNamesEachSpeakerOnceAboveTheirStatements() throws {
    let html = try contents("measures/decree-on-further-measures.html", in: Story.site())
    #expect(occurrences(of: "<section class=\"speaker-group\">", in: html) == 2)
    let karin = try #require(html.range(of: "<h3><a href=\"../speakers/erlan-karin.html\">Erlan Karin</a>"))
    let tokayev = try #require(html.range(of: "<h3><a href=\"../speakers/kassym-jomart-tokayev.html\">Kassym-Jomart Tokayev</a>"))
    #expect(karin.lowerBound < tokayev.lowerBound)
    #expect(html.contains("<span class=\"count\">2 statements</span>"))
  }

  @Test func unnamedSourcesComeAfterNamedSpeakersOnAMeasurePage() {
    let report = GraphRecord.Quote(id: "quote:001_euractiv:4", document: Story.id, kind: "indirect", speaker: nil,
                                   speakerName: "Freedom on the Net report", mention: "the report", cue: "said",
                                   text: "the decree changes little", start: 0, end: 10, sentence: 0, measures: [Story.decree.id])
    let index = GraphIndex(documents: [Story.document], entities: Story.index.entities, quotes: [report] + Story.quotes)
    let groups = MeasurePage(map: SiteMap(index: index), measure: Story.decree).groups
    #expect(groups.map(\.key) == ["person:erlan-karin", "person:kassym-jomart-tokayev", "name Freedom on the Net report"])
  }

  // MARK: Passages

  @Test func passageAnchorSitsWhereTheQuoteBeginsAfterEmojiAndCyrillic() {
    let text = "🇰🇿 Ерлан Карин said: “Reforms 👍 matter.” Then he left."
    let karin = quote(1, "Reforms 👍 matter.", in: text, document: "kz", speaker: Story.karin)
    #expect(karin.start == 21 && karin.end == 40)
    let html = PassageMarks(scalars: Array(text.unicodeScalars), quotes: [NumberedQuote(quote: karin, number: 1, position: 0)]).html
    #expect(html == "🇰🇿 Ерлан Карин said: <a class=\"anchor\" id=\"quote-1\" href=\"#quote-1\">1</a><mark>“Reforms 👍 matter.”</mark> Then he left.")
  }

  @Test func crossingQuotesAreCutIntoMarksThatNeverInterleave() {
    let text = "Hudayar said the vote was a sham, the BBC said."
    let scalars = Array(text.unicodeScalars)
    func numbered(_ number: Int, _ range: Range<Int>) -> NumberedQuote {
      let quote = GraphRecord.Quote(id: "quote:d:\(number)", document: "d", kind: "indirect", speaker: nil, speakerName: nil, mention: nil,
                                    cue: "said", text: "", start: range.lowerBound, end: range.upperBound, sentence: 0, measures: [])
      return NumberedQuote(quote: quote, number: number, position: number - 1)
    }
    let html = PassageMarks(scalars: scalars, quotes: [numbered(1, 8..<32), numbered(2, 17..<46)]).html
    #expect(html == "Hudayar <a class=\"anchor\" id=\"quote-1\" href=\"#quote-1\">1</a><mark>said the </mark>"
      + "<a class=\"anchor\" id=\"quote-2\" href=\"#quote-2\">2</a><mark class=\"overlap\">vote was a sham</mark><mark>, the BBC said</mark>.")
  }

  @Test func documentPageMarksEachQuoteUnderItsAnchor() throws {
    let html = try contents("documents/001_euractiv.html", in: Story.site())
    #expect(html.contains("title=\"Kassym-Jomart Tokayev\">1</a><mark>\(Story.stepQuote)</mark>"))
    #expect(html.contains("title=\"Erlan Karin\">3</a><mark>“\(Story.karinQuote),”</mark>"))
  }

  @Test func unreadableSourceTextGivesAPageWithTheQuotesAloneAndAWarning() throws {
    let site = Story.site(texts: [:])
    #expect(site.warnings == ["seeds/001_euractiv.txt: no such file; its page lists the quotes without the text"])
    let html = try contents("documents/001_euractiv.html", in: site)
    #expect(html.contains("could not be read (no such file)"))
    for number in 1...3 { #expect(html.contains("<article class=\"quote") && html.contains(" id=\"quote-\(number)\">")) }
    #expect(html.contains(Story.karinQuote))
  }

  @Test func sourceTextShorterThanTheOffsetsIsReported() {
    let site = Story.site(texts: [Story.path: "Kazakhstan announces new efforts"])
    #expect(site.warnings == ["seeds/001_euractiv.txt: shorter than the graph's quote offsets (changed since the graph was built?)"])
  }

  // MARK: Chart

  @Test func chartCountsQuotesPerMonthWithEmptyMonthsBetween() {
    let chart = QuoteChart(dates: ["2021-06-10", "2021-03-30", "2021-06-10", "2021-06-11"])
    #expect(chart.bars == [.init(year: 2021, month: 3, count: 1), .init(year: 2021, month: 4, count: 0),
                           .init(year: 2021, month: 5, count: 0), .init(year: 2021, month: 6, count: 3)])
  }

  @Test func chartCountsQuotesPerYearWhenTheySpreadOverTwoYears() {
    let chart = QuoteChart(dates: ["2015-05-19", "2021-06-10", "2023-11-16", "2021-03-30"])
    #expect(chart.bars.map(\.period) == (2015...2023).map(String.init))
    #expect(chart.bars.map(\.count) == [1, 0, 0, 0, 0, 0, 2, 0, 1])
  }

  @Test func undatedQuotesAreCountedApartFromTheBars() {
    let chart = QuoteChart(dates: ["2021-06-10", nil, "no date"])
    #expect(chart.bars == [.init(year: 2021, month: 6, count: 1)])
    #expect(chart.undated == 2)
    #expect(chart.html.contains("2 undated quotes not charted."))
  }

  @Test func chartBarHeightsScaleToTheBusiestPeriod() {
    let svg = QuoteChart(dates: ["2021-03-30", "2021-06-10", "2021-06-10", "2021-06-10", "2021-06-10"]).html
    #expect(svg.contains("<rect class=\"bar\" x=\"15\" y=\"95\" width=\"26\" height=\"25\" rx=\"2\"/>"))
    #expect(svg.contains("<rect class=\"bar\" x=\"135\" y=\"20\" width=\"26\" height=\"100\" rx=\"2\"/>"))
    #expect(svg.contains("<title>Quotes per month: 2021-03: 1, 2021-06: 4</title>"))
  }

  // MARK: Names, search, determinism

  @Test func documentIDsWithAnyCharacterGetSafeFileNames() {
    var names = PageNames()
    #expect(names.documentPage("Report 2021/06: Ärzte?", in: "documents") == "documents/~52eport~202021~2F06~3A~20~C3~84rzte~3F.html")
    #expect(names.documentPage("../etc", in: "documents") == "documents/~2E~2E~2Fetc.html")
    #expect(names.documentPage(String(repeating: "a", count: 300), in: "documents").count < 140)
  }

  @Test func entitiesSharingASlugGetDistinctPages() {
    var names = PageNames()
    #expect(names.entityPage("org:astana-times", in: "speakers") == "speakers/astana-times.html")
    #expect(names.entityPage("person:astana-times", in: "speakers") == "speakers/astana-times-2.html")
    #expect(names.entityPage("law:astana-times", in: "measures") == "measures/astana-times.html")
  }

  @Test func searchIndexHoldsEveryAliasAndTheSpeakersPage() throws {
    let script = try contents("search-index.js", in: Story.site())
    #expect(script.hasPrefix("window.CLAIMGRAPH_SEARCH = [\n"))
    #expect(script.contains(#"{"name":"Kassym-Jomart Tokayev","type":"person","page":"speakers/kassym-jomart-tokayev.html","quotes":2,"names":["Kassym-Jomart Tokayev","Tokayev"]}"#))
    #expect(script.contains(#""type":"measure","page":"measures/urgent-action-plan.html","quotes":1"#))
  }

  @Test func everyPageLinksBackToTheIndex() {
    for file in Story.site().files where file.path.hasSuffix(".html") {
      let root = file.path.contains("/") ? "../" : ""
      #expect(file.contents.contains("href=\"\(root)index.html\""), "\(file.path)")
    }
  }

  @Test func sameGraphGivesTheSameBytes() {
    #expect(Story.site().files == Story.site().files)
  }

  // MARK: Writing

  @Test func writerReplacesAnEarlierSiteAndLeavesNoTemporaryFolder() throws {
    try withTemporaryFolder { folder in
      let out = folder.appendingPathComponent("site").path
      try SiteWriter.write(Story.site(), to: out)
      try Data("stale".utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent("stale.html"))
      try SiteWriter.write(Story.site(), to: out)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
      #expect(!FileManager.default.fileExists(atPath: out + "/stale.html"))
      #expect(try String(contentsOfFile: out + "/speakers/erlan-karin.html", encoding: .utf8).contains(Story.karinQuote))
    }
  }

  @Test func writerRefusesToReplaceAFolderThatIsNotASite() throws {
    try withTemporaryFolder { folder in
      try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
      #expect(throws: AtomicFile.WriteError.self) { try SiteWriter.write(Story.site(), to: folder.path) }
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }
  }
}
