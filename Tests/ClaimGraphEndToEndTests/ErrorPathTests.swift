import Foundation
import Testing

/// `run` takes 64 for a usage error, 1 for an error, 2 when some documents were skipped.
@Suite("claimgraph error paths")
struct ErrorPathTests {
  static let usageError: Int32 = 64
  static let goodDocument = "Erlan Karin told the Astana Times that the decree was signed on Thursday.\n"

  // MARK: Inputs

  @Test func nonexistentPathIsNamedAndNothingIsWritten() throws {
    try withTemporaryFolder { folder in
      let missing = folder.appendingPathComponent("no-such-report.txt")
      let out = folder.appendingPathComponent("out")
      let result = try runCommand([missing], out: out)
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("\(missing.path): no such file or folder"))
      #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.json").path))
    }
  }

  @Test func folderWithoutTextFilesIsAnError() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write("not a document", to: "notes.md", in: input)
      let result = try runCommand([input], out: folder.appendingPathComponent("out"))
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("no .txt documents found in \(input.path)"))
    }
  }

  /// An unreadable input: its file name, its bytes, and a word the skip reason must contain.
  struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: Data
    let reason: String
    var testDescription: String { name }
  }

  static let badInputs = [
    BadInput(name: "empty.txt", bytes: Data(), reason: "empty"),
    BadInput(name: "archive.txt", bytes: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08]), reason: "NUL"),
  ]

  @Test(arguments: badInputs)
  func badFileIsSkippedWithItsReasonWhileOthersAreProcessed(_ bad: BadInput) throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write(Self.goodDocument, to: "good.txt", in: input)
      try write(bad.bytes, to: bad.name, in: input)
      let out = folder.appendingPathComponent("out")
      let result = try runCommand([input], out: out)
      #expect(result.status == 2)
      #expect(try fileNames(in: out.appendingPathComponent("docs")) == ["good.json"])
      let skipped = try skippedDocuments(in: out)
      #expect(skipped.count == 1)
      #expect(skipped.first?["path"].map { $0.hasSuffix("/in/\(bad.name)") } == true)
      #expect(skipped.first?["reason"]?.contains(bad.reason) == true)
      #expect(result.errorOutput.contains(bad.name))
    }
  }

  @Test func skippedDocumentsAreLeftOutOfTheGraph() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write(Self.goodDocument, to: "good.txt", in: input)
      try write("", to: "empty.txt", in: input)
      try write(Data([0x00, 0x01, 0x02]), to: "binary.txt", in: input)
      let out = folder.appendingPathComponent("out")
      let result = try runCommand([input], out: out)
      #expect(result.status == 2)
      #expect(try graph(in: out).documents.map(\.id) == ["good"])
      #expect(try skippedDocuments(in: out).count == 2)
    }
  }

  // MARK: Gazetteers

  @Test func missingGazetteerFolderIsNamed() throws {
    try withTemporaryFolder { folder in
      let missing = folder.appendingPathComponent("no-gazetteers")
      let result = try claimgraph(["run", "--out", folder.appendingPathComponent("out").path,
                                   "--gazetteers", missing.path, seedsFolder.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("gazetteer folder not found: \(missing.path)"))
    }
  }

  @Test func malformedGazetteerLineIsNamedByFileAndLine() throws {
    try withTemporaryFolder { folder in
      let gazetteers = folder.appendingPathComponent("gazetteers")
      try FileManager.default.copyItem(at: gazetteersFolder, to: gazetteers)
      let currencies = gazetteers.appendingPathComponent("currencies.tsv")
      var text = try String(contentsOf: currencies, encoding: .utf8)
      if !text.hasSuffix("\n") { text += "\n" }
      let badLine = text.filter { $0 == "\n" }.count + 1
      try (text + "tenge\tKZ\tafter\n").write(to: currencies, atomically: true, encoding: .utf8)
      let result = try claimgraph(["run", "--out", folder.appendingPathComponent("out").path,
                                   "--gazetteers", gazetteers.path, seedsFolder.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("currencies.tsv:\(badLine): \"KZ\" is not an ISO 4217 code"))
    }
  }

  @Test func malformedGazetteerLeavesThePreviousOutputsAsTheyWere() throws {
    try withTemporaryFolder { folder in
      let out = folder.appendingPathComponent("out")
      _ = try claimgraph(["run", "--quiet", "--export", "none", "--out", out.path, "--gazetteers", gazetteersFolder.path, seedsFolder.path])
      let graph = try Data(contentsOf: out.appendingPathComponent("graph.json"))
      let gazetteers = folder.appendingPathComponent("gazetteers")
      try FileManager.default.copyItem(at: gazetteersFolder, to: gazetteers)
      let entities = gazetteers.appendingPathComponent("entities.tsv")
      try (try String(contentsOf: entities, encoding: .utf8) + "\nPLACE\tAstana\t\n").write(to: entities, atomically: true, encoding: .utf8)
      let result = try claimgraph(["run", "--export", "none", "--out", out.path, "--gazetteers", gazetteers.path, seedsFolder.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("entities.tsv"))
      #expect(result.errorOutput.contains("unknown label \"PLACE\""))
      #expect(!result.errorOutput.contains("skipped:"))
      #expect(try Data(contentsOf: out.appendingPathComponent("graph.json")) == graph)
    }
  }

  // MARK: Command line

  @Test func unknownOptionIsAUsageErrorNamingIt() throws {
    try withTemporaryFolder { folder in
      let result = try claimgraph(["run", "--fast", "--out", folder.path, seedsFolder.path])
      #expect(result.status == Self.usageError)
      #expect(result.errorOutput.contains("unknown option --fast"))
    }
  }

  @Test func zeroJobsIsAUsageError() throws {
    try withTemporaryFolder { folder in
      let result = try claimgraph(["run", "--jobs", "0", "--out", folder.appendingPathComponent("out").path,
                                   "--gazetteers", gazetteersFolder.path, seedsFolder.path])
      #expect(result.status == Self.usageError)
      #expect(result.errorOutput.contains("--jobs"))
      #expect(result.errorOutput.contains("\"0\""))
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
  }

  @Test func optionWithoutItsValueIsAUsageError() throws {
    let result = try claimgraph(["run", seedsFolder.path, "--out"])
    #expect(result.status == Self.usageError)
    #expect(result.errorOutput.contains("--out needs a value"))
  }

  @Test func runWithoutPathsIsAUsageError() throws {
    let result = try claimgraph(["run", "--gazetteers", gazetteersFolder.path])
    #expect(result.status == Self.usageError)
    #expect(result.errorOutput.contains("name at least one file or folder"))
  }

  @Test func evalWithoutPredictionsIsAUsageError() throws {
    let result = try claimgraph(["eval", "--gold", goldFolder.path])
    #expect(result.status == Self.usageError)
    #expect(result.errorOutput.contains("--pred"))
  }

  @Test func evalOnAMissingFolderNamesIt() throws {
    try withTemporaryFolder { folder in
      let missing = folder.appendingPathComponent("no-predictions")
      let result = try claimgraph(["eval", "--gold", goldFolder.path, "--pred", missing.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains(missing.path))
    }
  }

  @Test func quotesOnAMissingGraphNamesTheFile() throws {
    try withTemporaryFolder { folder in
      let missing = folder.appendingPathComponent("graph.json")
      let result = try claimgraph(["quotes", "Erlan Karin", "--graph", missing.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("\(missing.path): no such file"))
    }
  }

  @Test func noCommandPrintsTheOverviewAndIsAUsageError() throws {
    let result = try claimgraph([])
    #expect(result.status == Self.usageError)
    #expect(result.output.contains("USAGE: claimgraph <command> [options]"))
  }

  @Test func unknownCommandIsNamed() throws {
    let result = try claimgraph(["summarise"])
    #expect(result.status == Self.usageError)
    #expect(result.errorOutput.contains("unknown command \"summarise\""))
  }

  @Test func helpWithoutACommandExitsZero() throws {
    let result = try claimgraph(["--help"])
    #expect(result.status == 0)
    for command in ["run", "annotate", "merge", "eval", "quotes", "export", "site"] {
      #expect(result.output.contains("\n  \(command) "), "the overview lists \(command)")
    }
  }

  @Test(arguments: ["run", "annotate", "merge", "eval", "quotes", "export", "site"])
  func helpOnACommandPrintsItsUsageAndExitsZero(_ command: String) throws {
    let result = try claimgraph([command, "--help"])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("USAGE: claimgraph \(command)"))
  }
}
