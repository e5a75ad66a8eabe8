import ClaimGraph
import Foundation

struct MergeCommand: Command {
  static let name = "merge"
  static let usage = """
  Build the graph from annotation JSON Lines shards (the output of `claimgraph annotate`).

  USAGE: claimgraph merge [--out DIR] FILE...

  The graph is the same whatever the split and the order of the shards, and the
  same as `claimgraph run` gives when each input line carried its file's path.

  OPTIONS:
    --out DIR   output folder (default: output); writes DIR/graph.json
  """

  let shards: [String]
  let outputDirectory: String

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: ["--out"], command: Self.name)
    guard !reader.positional.isEmpty else { throw UsageError(message: "merge: name at least one annotation shard") }
    shards = reader.positional
    outputDirectory = reader.value("--out") ?? "output"
  }

  func run() throws -> Int32 {
    for shard in shards where !FileManager.default.fileExists(atPath: shard) { throw InputError.notFound(shard) }
    let (results, errorLines) = try ShardMerger().results(from: shards)
    let path = (outputDirectory as NSString).appendingPathComponent("graph.json")
    let graph = GraphBuilder()
    for result in results { graph.add(result) }
    try graph.write(to: path)
    standardError("claimgraph merge: \(results.count) document\(results.count == 1 ? "" : "s") from \(shards.count) shard\(shards.count == 1 ? "" : "s")"
                  + (errorLines > 0 ? ", \(errorLines) error lines passed over" : "") + "; graph in \(path)")
    return errorLines > 0 ? 2 : 0
  }
}
