import ClaimGraph
import Foundation

struct ExportCommand: Command {
  static let name = "export"
  static let usage = """
  Write the graph in formats that databases and other tools load.

  USAGE: claimgraph export [--format FORMATS] [--graph FILE] [--out DIR]

  OPTIONS:
    --format FORMATS   comma-separated, or all (default): \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
                         jsonl   graph.jsonl, one node or relationship a line
                         neo4j   CSV files for neo4j-admin database import
                         sql     schema.sql, CSV tables, load_postgres.sql (\\copy) and load_sqlite.sql (.import)
                         jsonld  graph.jsonld with schema.org types, for RDF stores
    --graph FILE       the graph to export (default: output/graph.json)
    --out DIR          where each format's folder goes (default: the graph's folder/export)

  Every format is described in docs/exports.md. `claimgraph run` writes them all unless given --export none.
  """

  let formats: [ExportFormat]
  let graph: String
  let outputDirectory: String

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: ["--format", "--graph", "--out"], command: Self.name)
    guard reader.positional.isEmpty else { throw UsageError(message: "export: unexpected argument \"\(reader.positional[0])\"") }
    formats = try Self.formats(reader.value("--format") ?? "all", option: "--format")
    graph = reader.value("--graph") ?? "output/graph.json"
    outputDirectory = reader.value("--out") ?? ((graph as NSString).deletingLastPathComponent as NSString).appendingPathComponent("export")
  }

  static func formats(_ text: String, option: String) throws(UsageError) -> [ExportFormat] {
    guard let formats = ExportFormat.list(text) else {
      throw UsageError(message: "export: \(option) takes all or a comma-separated list of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
    }
    return formats
  }

  func run() throws -> Int32 {
    let started = Date()
    try GraphExport.write(formats, graph: graph, into: outputDirectory)
    standardError(String(format: "claimgraph export: %@ in %.2f s into %@", formats.map(\.rawValue).joined(separator: ", "),
                         Date().timeIntervalSince(started), outputDirectory))
    return 0
  }
}
