import Foundation
import Testing

/// `annotate` is the map step and `merge` the reduce step: any split of the
/// corpus, merged in any order, gives the graph `run` gives for the whole.
@Suite("claimgraph merge")
struct MergeCommandTests {
  /// The seeds as `annotate` input lines, each with its file's path as `run` writes it.
  private func annotatedSeeds() throws -> [String] {
    let lines = try seedStems().map { stem -> String in
      let text = try String(contentsOf: seedsFolder.appendingPathComponent(stem + ".txt"), encoding: .utf8)
      let line = try JSONSerialization.data(withJSONObject: ["id": stem, "text": text,
                                                             "path": seedsFolder.appendingPathComponent(stem + ".txt").path])
      return String(decoding: line, as: UTF8.self)
    }
    let result = try claimgraph(["annotate", "--gazetteers", gazetteersFolder.path], input: lines.joined(separator: "\n") + "\n")
    try #require(result.status == 0, "\(result)")
    return result.outputLines
  }

  private func merged(_ shards: [[String]], in folder: URL) throws -> Data {
    var paths: [String] = []
    for (number, shard) in shards.enumerated() {
      let file = try write(shard.joined(separator: "\n") + "\n", to: "shard\(number).jsonl", in: folder)
      paths.append(file.path)
    }
    let out = folder.appendingPathComponent("merged")
    let result = try claimgraph(["merge", "--out", out.path] + paths)
    try #require(result.status == 0, "\(result)")
    return try Data(contentsOf: out.appendingPathComponent("graph.json"))
  }

  private func wholeRun(in folder: URL) throws -> Data {
    let out = folder.appendingPathComponent("whole")
    let result = try claimgraph(["run", "--quiet", "--out", out.path, "--gazetteers", gazetteersFolder.path, seedsFolder.path])
    try #require(result.status == 0, "\(result)")
    return try Data(contentsOf: out.appendingPathComponent("graph.json"))
  }

  @Test func mergeOfASplitEqualsRunOnTheWhole() throws {
    try withTemporaryFolder { folder in
      let lines = try annotatedSeeds()
      let graph = try merged([Array(lines[..<2]), Array(lines[2...])], in: folder)
      #expect(graph == (try wholeRun(in: folder)))
    }
  }

  @Test func shardOrderDoesNotChangeTheGraph() throws {
    try withTemporaryFolder { folder in
      let lines = try annotatedSeeds()
      let forward = try merged([[lines[0], lines[3]], [lines[1]], [lines[2], lines[4]]], in: folder.appendingPathComponent("a"))
      let backward = try merged([[lines[4], lines[2]], [lines[1]], [lines[3], lines[0]]], in: folder.appendingPathComponent("b"))
      #expect(forward == backward)
    }
  }

  @Test func errorLinesArePassedOverAndCounted() throws {
    try withTemporaryFolder { folder in
      let lines = try annotatedSeeds()
      let file = try write([lines[0], #"{"id": "bad", "error": "not a JSON object"}"#].joined(separator: "\n"), to: "shard.jsonl", in: folder)
      let result = try claimgraph(["merge", "--out", folder.appendingPathComponent("out").path, file.path])
      #expect(result.status == 2)
      #expect(result.errorOutput.contains("1 document from 1 shard, 1 error lines passed over"))
    }
  }

  @Test func lineThatIsNoAnnotationIsNamedWithFileAndLine() throws {
    try withTemporaryFolder { folder in
      let file = try write("{\"text\": \"no id\"}\n", to: "shard.jsonl", in: folder)
      let result = try claimgraph(["merge", "--out", folder.appendingPathComponent("out").path, file.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("shard.jsonl:1: not a ClaimGraph annotation"))
    }
  }
}
