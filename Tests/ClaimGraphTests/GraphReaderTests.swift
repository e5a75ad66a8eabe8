@testable import ClaimGraph
import Foundation
import Testing

private typealias H = HandBuilt

/// Erlan Karin quoted on the decree, with a date and an amount beside.
private let karinOnTheDecree = H.result("000_df2b", [
  H.graphMention(.person, "Erlan Karin", at: 0), H.graphMention(.law, "Urgent Action Plan", at: 20),
  H.graphMention(.date, "10 June", at: 60), H.graphMention(.money, "$40,000", at: 80),
], quotes: [H.graphQuote("The implementation of the Urgent Action Plan will foster a comprehensive modernisation", speaker: "Erlan Karin", at: 100)])

private func records(_ path: String) throws -> [GraphRecord] {
  var records: [GraphRecord] = []
  try GraphReader(path: path).forEach { records.append($0) }
  return records
}

private func kinds(_ records: [GraphRecord]) -> [String] {
  records.map {
    switch $0 {
    case .document: return "document"
    case .entity: return "entity"
    case .mention: return "mention"
    case .quote: return "quote"
    }
  }
}

@Test func readerGivesEveryRecordInFileOrder() throws {
  try withTemporaryFolder { folder in
    let read = try records(try graphFile([karinOnTheDecree], in: folder))
    #expect(kinds(read) == ["document", "entity", "entity", "mention", "mention", "mention", "mention", "quote"])
  }
}

@Test func readerDecodesNormsAndSpeakers() throws {
  try withTemporaryFolder { folder in
    let read = try records(try graphFile([karinOnTheDecree], in: folder))
    let mentions = read.compactMap { if case .mention(let mention) = $0 { mention } else { nil } }
    #expect(mentions.first?.entity == "person:erlan-karin")
    #expect(mentions.first { $0.label == .date }?.entity == nil)
    let quote = read.compactMap { if case .quote(let quote) = $0 { quote } else { nil } }.first
    #expect(quote?.speaker == "person:erlan-karin")
  }
}

@Test func moneyNormsDecodeToAmountRangeAndCurrency() throws {
  let line = #"{"document":"001_7625","entity":null,"label":"MONEY","text":"$5-10 million","start":4,"end":17,"norm":{"amount":5000000,"max":10000000,"currency":"USD"}}"#
  let json = try #require(JSONValue.parse(Data(line.utf8)))
  let record = try #require(GraphRecord(section: "mentions", json: json))
  guard case .mention(let mention) = record else { Issue.record("not a mention"); return }
  #expect(mention.amount == 5_000_000)
  #expect(mention.maxAmount == 10_000_000)
  #expect(mention.currency == "USD")
  #expect(mention.entity == nil)
}

@Test func aGraphPrettyPrintedByAnotherToolReadsTheSame() throws {
  try withTemporaryFolder { folder in
    let path = try graphFile([karinOnTheDecree], in: folder)
    let pretty = try #require(JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: path)))).serialized(pretty: true)
    let prettyPath = folder.appendingPathComponent("pretty.json").path
    try AtomicFile.write(pretty, to: prettyPath)
    #expect(try records(prettyPath).count == records(path).count)
    #expect(kinds(try records(prettyPath)) == kinds(try records(path)))
  }
}

@Test func aMissingGraphIsNamedWithAHint() throws {
  #expect(throws: GraphReader.ReadError.self) { try GraphReader(path: "/nonexistent/graph.json") }
  do {
    _ = try GraphReader(path: "/nonexistent/graph.json")
  } catch {
    #expect(error.description.contains("/nonexistent/graph.json: no such file"))
  }
}

@Test func aFileThatIsNotAGraphIsRefused() throws {
  try withTemporaryFolder { folder in
    let path = folder.appendingPathComponent("notes.json").path
    try AtomicFile.write("[1, 2, 3]\n", to: path)
    #expect(throws: GraphReader.ReadError.self) { try GraphReader(path: path) }
  }
}

@Test func aDamagedRecordLineIsReportedWithItsNumber() throws {
  try withTemporaryFolder { folder in
    let path = try graphFile([karinOnTheDecree], in: folder)
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    let quoteLine = try #require(lines.firstIndex { $0.contains("\"id\":\"quote:") })
    lines[quoteLine] = "    {\"id\":\"quote:000_df2b:1\", broken"
    try AtomicFile.write(lines.joined(separator: "\n"), to: path)
    do {
      _ = try records(path)
      Issue.record("a damaged line was read")
    } catch let error as GraphReader.ReadError {
      #expect(error.reason.hasPrefix("line \(quoteLine + 1):"))
    }
  }
}
