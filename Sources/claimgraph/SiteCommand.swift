import ClaimGraph
import Foundation

struct SiteCommand: Command {
  static let name = "site"
  static let usage = """
  Writes a static quote browser: HTML pages that open from file://, no server needed.

  USAGE: claimgraph site [--graph FILE] [--out DIR]

  OPTIONS:
    --graph FILE   the graph to browse (default: output/graph.json)
    --out DIR      the site's folder, replaced as a whole (default: output/site)

  Pages: index.html (search people, organisations and measures), one per
  speaker, measure and document. Document paths in the graph are read from the
  current folder, as `claimgraph run` was given them.
  """

  let graph: String
  let out: String

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: ["--graph", "--out"], command: Self.name)
    guard reader.positional.isEmpty else {
      throw UsageError(message: "site: unexpected argument \"\(reader.positional[0])\" (name the graph with --graph FILE)")
    }
    graph = reader.value("--graph") ?? "output/graph.json"
    out = reader.value("--out") ?? "output/site"
  }

  func run() throws -> Int32 {
    let site = Site(index: try GraphIndex(graphFile: graph), sources: SourceTexts(folder: FileManager.default.currentDirectoryPath))
    for warning in try SiteWriter.write(site, to: out) { standardError("claimgraph site: warning: \(warning)") }
    standardError("claimgraph site: \(site.pageCount) pages (\(site.speakerPages) speakers, \(site.measurePages) measures, "
                  + "\(site.documentPages) documents) in \(out)/index.html")
    return 0
  }
}
