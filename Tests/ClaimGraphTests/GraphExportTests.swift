@testable import ClaimGraph
import Foundation
import Testing

private typealias H = HandBuilt

/// Erlan Karin quoted on the Urgent Action Plan, and a report quoted with no named speaker.
private let karinOnThePlan = H.result("001_7625", [
  H.graphMention(.person, "Erlan Karin", at: 0), H.graphMention(.law, "Urgent Action Plan", at: 20),
  H.graphMention(.date, "10 June", at: 60),
], quotes: [
  H.graphQuote("The plan, he said, is \"a first step\"", speaker: "Erlan Karin", about: ["Urgent Action Plan"], at: 100),
  H.graphQuote("the situation had worsened", speaker: nil, at: 200),
])

/// Exports `results`' graph in `format` and returns the file `name` of it.
private func exported(_ format: ExportFormat, _ name: String, _ results: [DocumentResult] = [karinOnThePlan]) throws -> String {
  var text = ""
  try withTemporaryFolder { folder in
    let graph = try graphFile(results, in: folder)
    try GraphExport.write([format], graph: graph, into: folder.appendingPathComponent("export").path)
    text = try String(contentsOf: folder.appendingPathComponent("export/\(format.rawValue)/\(name)"), encoding: .utf8)
  }
  return text
}

private func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

// MARK: - CSV

@Test func csvQuotesTextAndDoublesQuotationMarks() {
  #expect(CSVField.row([.text("The plan, he said, is \"a first step\""), .integer(3)]) == "\"The plan, he said, is \"\"a first step\"\"\",3\n")
}

@Test func csvWritesNullAsAnEmptyUnquotedFieldAndAnEmptyStringQuoted() {
  #expect(CSVField.row([.null, .text(""), .optional(nil as String?)]) == ",\"\",\n")
}

@Test func csvWritesDecimalsWithAPoint() {
  #expect(CSVField.decimal(Decimal(string: "12.96")!).encoded == "12.96")
}

// MARK: - SQL

@Test func sqlQuotesTableHasANullSpeakerForAnUnnamedOne() throws {
  let rows = lines(try exported(.sql, "quotes.csv"))
  #expect(rows[0] == "id,document_id,position,kind,speaker_id,speaker_name,mention,cue,text,start_offset,end_offset,sentence")
  #expect(rows[2].hasPrefix("\"quote:001_7625:2\",\"001_7625\",2,\"direct\",,,,"))
}

@Test func sqlLinksAQuoteToEachMeasureWithItsPosition() throws {
  #expect(lines(try exported(.sql, "quote_measures.csv")) == ["quote_id,measure_id,position", "\"quote:001_7625:1\",\"law:urgent-action-plan\",1"])
}

@Test func sqlNumbersMentionsWithinTheirDocument() throws {
  let positions = lines(try exported(.sql, "mentions.csv")).dropFirst().map { $0.split(separator: ",")[1] }
  #expect(positions == ["1", "2", "3"])
}

@Test func sqlLoadScriptsReadEveryTableInTheOrderKeysNeed() throws {
  let postgres = try exported(.sql, "load_postgres.sql")
  let sqlite = try exported(.sql, "load_sqlite.sql")
  for table in ["documents", "entities", "aliases", "mentions", "quotes", "quote_measures"] {
    #expect(postgres.contains("\\copy \(table) ("))
    #expect(sqlite.contains(".import --csv --skip 1 \(table).csv \(table)\n"))
  }
  #expect(postgres.range(of: "\\copy entities")!.lowerBound < postgres.range(of: "\\copy quote_measures")!.lowerBound)
  #expect(sqlite.contains("UPDATE quotes SET speaker_id = NULL WHERE speaker_id = '';"))
}

// MARK: - Neo4j

@Test func neo4jSaidRelationshipGoesFromSpeakerToQuote() throws {
  #expect(lines(try exported(.neo4j, "said.csv")) == [":START_ID,:END_ID,:TYPE", "\"person:erlan-karin\",\"quote:001_7625:1\",\"SAID\""])
}

@Test func neo4jDocumentIDsArePrefixedSoTheyCannotCollideWithEntities() throws {
  #expect(lines(try exported(.neo4j, "documents.csv"))[1].hasPrefix("\"document:001_7625\",\"001_7625\","))
}

@Test func neo4jMentionsSkipDatesAndAmounts() throws {
  #expect(lines(try exported(.neo4j, "mentions.csv")).count == 3)
}

// MARK: - JSON Lines

@Test func jsonLinesHasOneNodeOrRelationshipALine() throws {
  let items = try lines(try exported(.jsonl, "graph.jsonl")).map { try #require(JSONValue.parse(Data($0.utf8))) }
  let nodes = items.filter { $0["type"]?.stringValue == "node" }
  #expect(nodes.compactMap { $0["id"]?.stringValue } == ["document:001_7625", "law:urgent-action-plan", "person:erlan-karin",
                                                         "quote:001_7625:1", "quote:001_7625:2"])
  let relationships = items.filter { $0["type"]?.stringValue == "relationship" }.compactMap { $0["label"]?.stringValue }
  #expect(relationships == ["MENTIONS", "MENTIONS", "APPEARS_IN", "SAID", "ABOUT", "APPEARS_IN"])
}

// MARK: - JSON-LD

@Test func jsonLDQuotationNamesItsCreatorAndWhatItIsAbout() throws {
  let graph = try #require(JSONValue.parse(Data(try exported(.jsonld, "graph.jsonld").utf8)))
  let quotation = try #require(graph["@graph"]?.arrayValue?.first { $0["@type"]?.stringValue == "Quotation" })
  #expect(quotation["creator"]?["@id"]?.stringValue == "urn:claimgraph:person:erlan-karin")
  #expect(quotation["about"]?.arrayValue?.first?["@id"]?.stringValue == "urn:claimgraph:law:urgent-action-plan")
  #expect(quotation["isPartOf"]?["@id"]?.stringValue == "urn:claimgraph:document:001_7625")
}

@Test func jsonLDContextIsInlineSoNothingIsFetched() throws {
  let graph = try #require(JSONValue.parse(Data(try exported(.jsonld, "graph.jsonld").utf8)))
  #expect(graph["@context"]?["@vocab"]?.stringValue == "https://schema.org/")
}

@Test func jsonLDPercentEncodesDocumentIDsThatAreNotSafeInAnIRI() {
  #expect(JSONLDExporter.iri("document:Press release #2 (final)") == "urn:claimgraph:document:Press%20release%20%232%20%28final%29")
}

@Test func anEmptyGraphExportsValidJSONLD() throws {
  #expect(JSONValue.parse(Data(try exported(.jsonld, "graph.jsonld", []).utf8)) != nil)
}

// MARK: - Formats

@Test func formatListReadsAllOrCommaSeparatedNames() {
  #expect(ExportFormat.list("all") == ExportFormat.allCases)
  #expect(ExportFormat.list("sql, jsonld") == [.sql, .jsonld])
  #expect(ExportFormat.list("sql,graphml") == nil)
}
