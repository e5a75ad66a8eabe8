import Foundation
import Testing

@Suite("claimgraph eval")
struct EvalCommandTests {
  func eval(gold: URL, pred: URL, details: Bool = false) throws -> CommandResult {
    try claimgraph(["eval", "--gold", gold.path, "--pred", pred.path] + (details ? ["--details"] : []))
  }

  @Test func freshRunIsScoredEntityByEntityInTheTable() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let result = try eval(gold: goldFolder, pred: out.appendingPathComponent("docs"))
      #expect(result.status == 0, "\(result)")
      let table = ScoreTable(result.output)
      #expect(table.lines.first == "documents: 5")
      let entities = try #require(table.section("ENTITIES (strict)"))
      #expect(entities.map(\.name) == ["PERSON", "ORG", "LAW", "DATE", "MONEY", "overall"])
      #expect(table.section("NORMALISATION")?.map(\.name) == ["DATE", "MONEY"])
      #expect(table.section("QUOTES")?.map(\.name) == ["direct", "indirect", "overall"])
      #expect(table.section("SPEAKER ACCURACY")?.map(\.name) == ["direct", "indirect"])
      #expect(table.lines.contains { $0.hasPrefix("ABOUT ACCURACY") })
    }
  }

  @Test func strictEntityScoresCountEveryGoldAndPredictedMention() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let result = try eval(gold: goldFolder, pred: out.appendingPathComponent("docs"))
      #expect(result.status == 0, "\(result)")
      let overall = try #require(ScoreTable(result.output).section("ENTITIES (strict)")?.first { $0.name == "overall" })
      let gold = try seedStems().map { try decode(Annotation.self, from: goldFolder.appendingPathComponent($0 + ".json")) }
      let predicted = try seedStems().map { try annotation($0, in: out) }
      #expect(overall.gold == gold.reduce(0) { $0 + $1.entities.count })
      #expect(overall.predicted == predicted.reduce(0) { $0 + $1.entities.count })
      // P, R and F1 as printed follow from the printed counts.
      let precision = Double(overall.matched) / Double(overall.predicted)
      let recall = Double(overall.matched) / Double(overall.gold)
      #expect(overall.scores == [precision, recall, 2 * precision * recall / (precision + recall)].map { String(format: "%.3f", $0) })
      #expect(overall.matched > 0)
    }
  }

  @Test func goldComparedWithItselfScoresOnePointZero() throws {
    let result = try eval(gold: goldFolder, pred: goldFolder)
    #expect(result.status == 0, "\(result)")
    let table = ScoreTable(result.output)
    for title in ["ENTITIES (strict)", "QUOTES"] {
      let rows = try #require(table.section(title))
      for row in rows {
        #expect(row.scores == ["1.000", "1.000", "1.000"], "\(title) \(row.name)")
        #expect(row.matched == row.gold && row.gold == row.predicted, "\(title) \(row.name)")
      }
    }
    for title in ["NORMALISATION", "SPEAKER ACCURACY"] {
      for row in try #require(table.section(title)) {
        #expect(row.scores == ["1.000"], "\(title) \(row.name)")
      }
    }
    #expect(table.lines.contains { $0.hasPrefix("ABOUT ACCURACY      1.000") })
  }

  @Test func detailsNameAMissedMentionWithItsDocumentAndLabel() throws {
    try withTemporaryFolder { folder in
      let pred = folder.appendingPathComponent("pred")
      try FileManager.default.copyItem(at: goldFolder, to: pred)
      let file = pred.appendingPathComponent("003_61e5cfb4103716c2.json")
      var document = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
      let entities = try #require(document["entities"] as? [[String: Any]])
      document["entities"] = entities.filter { $0["text"] as? String != "12.96 million tenge" }
      try JSONSerialization.data(withJSONObject: document).write(to: file)

      let result = try eval(gold: goldFolder, pred: pred, details: true)
      #expect(result.status == 0, "\(result)")
      let money = try #require(ScoreTable(result.output).section("ENTITIES (strict)")?.first { $0.name == "MONEY" })
      #expect(money.scores == ["1.000", "0.889", "0.941"])
      #expect((money.matched, money.gold, money.predicted) == (8, 9, 8))
      #expect(result.outputLines.contains("003_61e5cfb4103716c2\tMONEY\tmissed\t12.96 million tenge"))
    }
  }
}

/// The table `claimgraph eval` prints, cut into titled sections of rows.
struct ScoreTable {
  /// `  PERSON          0.931   0.818   0.871   108/132 gold, 116 predicted   lenient F1 0.879`
  /// or `  DATE              1.000  (62/62)`.
  struct Row {
    let name: String
    /// The printed three-decimal numbers before the counts: P, R, F1 or one accuracy.
    let scores: [String]
    let matched: Int
    let gold: Int
    let predicted: Int
  }

  let lines: [String]

  init(_ output: String) {
    lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The rows under the heading that starts with `title`, up to the next blank line.
  func section(_ title: String) -> [Row]? {
    guard let heading = lines.firstIndex(where: { $0.hasPrefix(title) }) else { return nil }
    return lines[(heading + 1)...].prefix { !$0.isEmpty }.map(Self.row)
  }

  static func row(_ line: String) -> Row {
    let words = line.split(separator: " ").map(String.init)
    let scores = words.dropFirst().prefix { $0.count == 5 && Double($0) != nil }
    let counts = words.dropFirst(1 + scores.count).first?.trimmingCharacters(in: CharacterSet(charactersIn: "()")).split(separator: "/") ?? []
    let predicted = words.firstIndex(of: "predicted").map { Int(words[$0 - 1]) ?? -1 } ?? -1
    return Row(name: words.first ?? "", scores: Array(scores),
               matched: counts.first.flatMap { Int($0) } ?? -1, gold: counts.dropFirst().first.flatMap { Int($0) } ?? -1,
               predicted: predicted)
  }
}
