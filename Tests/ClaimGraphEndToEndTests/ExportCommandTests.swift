import Foundation
import Testing

@Suite("claimgraph export")
struct ExportCommandTests {
  static let sqlFiles = ["aliases.csv", "documents.csv", "entities.csv", "indexes.sql", "load_postgres.sql", "load_sqlite.sql",
                         "mentions.csv", "quote_measures.csv", "quotes.csv", "schema.sql"]

  @Test func runWritesEveryExportBesideTheGraph() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let export = out.appendingPathComponent("export")
      #expect(try fileNames(in: export) == ["jsonl", "jsonld", "neo4j", "sql"])
      #expect(try fileNames(in: export.appendingPathComponent("sql")) == Self.sqlFiles)
    }
  }

  @Test func runWithExportNoneWritesNoExport() throws {
    try withTemporaryFolder { out in
      let result = try claimgraph(["run", "--quiet", "--export", "none", "--out", out.path, "--gazetteers", gazetteersFolder.path, seedsFolder.path])
      #expect(result.status == 0, "\(result)")
      #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("export").path))
    }
  }

  @Test func exportWritesTheFormatsAskedForFromAGraph() throws {
    try withTemporaryFolder { folder in
      let out = folder.appendingPathComponent("out")
      _ = try claimgraph(["run", "--quiet", "--export", "none", "--out", out.path, "--gazetteers", gazetteersFolder.path, seedsFolder.path])
      let target = folder.appendingPathComponent("for-the-warehouse")
      let result = try claimgraph(["export", "--format", "sql,jsonld", "--graph", out.appendingPathComponent("graph.json").path, "--out", target.path])
      #expect(result.status == 0, "\(result)")
      #expect(try fileNames(in: target) == ["jsonld", "sql"])
      #expect(result.errorOutput.contains("claimgraph export: sql, jsonld in"))
    }
  }

  @Test func exportingTwiceGivesTheSameBytes() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let file = out.appendingPathComponent("export/jsonld/graph.jsonld")
      let first = try Data(contentsOf: file)
      _ = try claimgraph(["export", "--graph", out.appendingPathComponent("graph.json").path])
      _ = try claimgraph(["export", "--graph", out.appendingPathComponent("graph.json").path])
      #expect(try Data(contentsOf: file) == first)
      #expect(try fileNames(in: out.appendingPathComponent("export")) == ["jsonl", "jsonld", "neo4j", "sql"])
    }
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let result = try claimgraph(["export", "--format", "sql,graphml"])
    #expect(result.status == 64)
    #expect(result.errorOutput.contains("--format takes all or a comma-separated list of jsonl, neo4j, sql, jsonld, not \"sql,graphml\""))
  }

  @Test func aMissingGraphIsNamedAndNothingIsWritten() throws {
    try withTemporaryFolder { folder in
      let result = try claimgraph(["export", "--graph", folder.appendingPathComponent("graph.json").path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("graph.json: no such file"))
      #expect(try fileNames(in: folder).isEmpty)
    }
  }

  @Test func aDamagedGraphLeavesThePreviousExportWhole() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let graphFile = out.appendingPathComponent("graph.json")
      let before = try Data(contentsOf: out.appendingPathComponent("export/sql/quotes.csv"))
      var text = try String(contentsOf: graphFile, encoding: .utf8)
      let firstQuote = try #require(text.range(of: "{\"id\":\"quote:"))
      text.replaceSubrange(firstQuote, with: "{\"id\":\"quote:\"broken")
      try text.write(to: graphFile, atomically: true, encoding: .utf8)
      let result = try claimgraph(["export", "--graph", graphFile.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("not a JSON record in \"quotes\""))
      #expect(try Data(contentsOf: out.appendingPathComponent("export/sql/quotes.csv")) == before)
      #expect(try fileNames(in: out).filter { $0.hasPrefix(".") }.allSatisfy { $0 == ".cache" })
    }
  }
}
