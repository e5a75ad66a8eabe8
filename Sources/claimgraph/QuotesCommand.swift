import ClaimGraph
import Foundation

struct QuotesCommand: Command {
  static let name = "quotes"
  static let usage = """
  Every quote attributed to a person or organisation.

  USAGE: claimgraph quotes NAME [--graph FILE]

  ARGUMENTS:
    NAME           any name or alias, with or without a title; case and diacritics are ignored

  OPTIONS:
    --graph FILE   the graph to search (default: output/graph.json)
  """

  let name: String
  let graph: String

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: ["--graph"], command: Self.name)
    guard !reader.positional.isEmpty else { throw UsageError(message: "quotes: name a person or organisation") }
    name = reader.positional.joined(separator: " ")
    graph = reader.value("--graph") ?? "output/graph.json"
  }

  func run() throws -> Int32 {
    let search = try QuoteSearch(graphFile: graph)
    let speakers = search.speakers(matching: name)
    guard !speakers.isEmpty else {
      standardError("claimgraph quotes: nobody called \"\(name)\" in \(graph)")
      return 1
    }
    print("Matched: " + speakers.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))
    let hits = search.quotes(by: Set(speakers.map(\.id)))
    for hit in hits {
      print("")
      print("\(hit.speaker) — \(hit.date ?? "undated") — \(hit.document), sentence \(hit.sentence + 1) [\(hit.kind)]")
      print(hit.kind == "direct" ? "  “\(hit.text)”" : "  (reported) \(hit.text)")
      if !hit.measures.isEmpty { print("  about: " + hit.measures.joined(separator: "; ")) }
    }
    print("\n\(hits.count) quote\(hits.count == 1 ? "" : "s")")
    return 0
  }
}
