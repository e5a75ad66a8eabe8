import Foundation

/// `claimgraph merge`: the graph of annotation JSON Lines shards (the output
/// of `claimgraph annotate`), the same whatever the split and the order of
/// the shards: documents are ordered by path, then id, as `run` orders them.
public struct ShardMerger {
  public struct Problem: Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): \(message)" }
  }

  public init() {}

  /// Reads every shard; lines that report an error (`{"id": …, "error": …}`) are passed over and counted.
  public func results(from shards: [String]) throws -> (results: [DocumentResult], errorLines: Int) {
    var results: [DocumentResult] = []
    var errorLines = 0
    for shard in shards {
      guard let data = FileManager.default.contents(atPath: shard), let text = String(data: data, encoding: .utf8) else {
        throw Problem(file: shard, line: 0, message: "cannot read the file as UTF-8 text")
      }
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
        guard let value = JSONValue.parse(Data(line.utf8)) else { throw Problem(file: shard, line: number + 1, message: "not JSON") }
        if value["error"] != nil { errorLines += 1; continue }
        do {
          results.append(try AnnotationJSON.decode(value))
        } catch {
          throw Problem(file: shard, line: number + 1, message: error.description)
        }
      }
    }
    results.sort { ($0.input.path, $0.input.id) < ($1.input.path, $1.input.id) }
    return (results, errorLines)
  }
}
