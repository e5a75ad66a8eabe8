import Foundation
import Testing

/// A run killed part-way leaves the previous outputs whole and no half-written file.
@Suite("claimgraph run interrupted")
struct InterruptedRunTests {
  /// Copies of the seeds under distinct names, enough that a run is still busy when it is killed.
  private func largeCorpus(in folder: URL) throws -> URL {
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    for stem in try seedStems() {
      let text = try Data(contentsOf: seedsFolder.appendingPathComponent(stem + ".txt"))
      for copy in 1...40 { try text.write(to: corpus.appendingPathComponent("\(stem)_\(copy).txt")) }
    }
    return corpus
  }

  private func killedRun(over corpus: URL, into out: URL, signal: Int32) throws {
    let process = Process()
    process.executableURL = try claimgraphExecutable.get()
    process.arguments = ["run", "--jobs", "1", "--out", out.path, "--gazetteers", gazetteersFolder.path, corpus.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Let it write some annotations before it is stopped.
    Thread.sleep(forTimeInterval: 1.5)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
  }

  @Test(arguments: [SIGKILL, SIGINT])
  func killedRunLeavesThePreviousOutputsWhole(_ signal: Int32) throws {
    try withTemporaryFolder { folder in
      let out = folder.appendingPathComponent("out")
      try runSeeds(into: out)
      let graphBefore = try Data(contentsOf: out.appendingPathComponent("graph.json"))
      let docsBefore = try fileNames(in: out.appendingPathComponent("docs"))

      try killedRun(over: try largeCorpus(in: folder), into: out, signal: signal)

      #expect(try Data(contentsOf: out.appendingPathComponent("graph.json")) == graphBefore)
      #expect(try fileNames(in: out.appendingPathComponent("docs")) == docsBefore)
      let visible = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
      #expect(visible == ["docs", "export", "graph.json", "skipped.jsonl"])
    }
  }

  /// Where a run killed after moving the old annotations aside, and before moving the new ones in, leaves
  /// them: `.replaced/docs`, or `.previous-docs` from a version before it.
  @Test(arguments: [".replaced/docs", ".previous-docs"])
  func annotationsSetAsideByARunKilledBetweenItsRenamesAreBackAfterTheNextRunFails(_ aside: String) throws {
    try withTemporaryFolder { folder in
      let out = folder.appendingPathComponent("out")
      try runSeeds(into: out)
      let docsBefore = try fileNames(in: out.appendingPathComponent("docs"))
      let setAside = out.appendingPathComponent(aside)
      try FileManager.default.createDirectory(at: setAside.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.moveItem(at: out.appendingPathComponent("docs"), to: setAside)
      // The next run fails before publishing anything (a malformed gazetteer), after putting them back.
      let gazetteers = folder.appendingPathComponent("gazetteers")
      try FileManager.default.copyItem(at: gazetteersFolder, to: gazetteers)
      let entities = gazetteers.appendingPathComponent("entities.tsv")
      try (try String(contentsOf: entities, encoding: .utf8) + "\nPLACE\tAstana\t\n").write(to: entities, atomically: true, encoding: .utf8)
      let result = try claimgraph(["run", "--no-cache", "--export", "none", "--out", out.path, "--gazetteers", gazetteers.path, seedsFolder.path])
      #expect(result.status == 1)
      #expect(try fileNames(in: out.appendingPathComponent("docs")) == docsBefore)
    }
  }

  @Test func theOutputsARunReplacesAreGoneWhenItEnds() throws {
    try withTemporaryFolder { folder in
      let out = folder.appendingPathComponent("out")
      try runSeeds(into: out)
      let graph = try Data(contentsOf: out.appendingPathComponent("graph.json"))
      try runSeeds(into: out)
      #expect(try Data(contentsOf: out.appendingPathComponent("graph.json")) == graph)
      let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
      #expect(hidden == [".cache"])
    }
  }

  @Test func runAfterAKilledRunClearsWhatItLeft() throws {
    try withTemporaryFolder { folder in
      let out = folder.appendingPathComponent("out")
      try runSeeds(into: out)
      try killedRun(over: try largeCorpus(in: folder), into: out, signal: SIGKILL)
      try runSeeds(into: out)
      let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
      #expect(hidden == [".cache"])
      #expect(try fileNames(in: out.appendingPathComponent("docs")).count == (try seedStems()).count)
    }
  }
}
