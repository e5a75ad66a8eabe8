import Foundation

/// `claimgraph run`: every input through the pipeline, one annotation file
/// per document under `out/docs/`, the graph in `out/graph.json`, and the
/// skipped documents with their reasons in `out/skipped.jsonl`.
public struct RunJob {
  public struct Summary {
    public let processed: Int
    public let skipped: [SkippedDocument]
    public let warnings: [String]
    public let seconds: Double
    public let bytes: Int
  }

  public let inputs: [InputDocument]
  public let outputDirectory: String
  public let runner: CorpusRunner

  public init(inputs: [InputDocument], outputDirectory: String, runner: CorpusRunner) {
    self.inputs = inputs
    self.outputDirectory = outputDirectory
    self.runner = runner
  }

  public func run() throws -> Summary {
    let started = Date()
    let docs = (outputDirectory as NSString).appendingPathComponent("docs")
    let outcomes = runner.run(inputs) { document in
      let json = AnnotationJSON.encode(document).serialized(pretty: true) + "\n"
      try AtomicFile.write(json, to: (docs as NSString).appendingPathComponent(document.id + ".json"))
    }
    var results: [DocumentResult] = []
    var skipped: [SkippedDocument] = []
    var warnings: [String] = []
    for outcome in outcomes {
      switch outcome {
      case .processed(let result):
        results.append(result)
        warnings += result.warnings.map { "\(result.input.path): \($0)" }
      case .skipped(let document):
        skipped.append(document)
      }
    }
    let graph = GraphBuilder().build(results)
    try AtomicFile.write(graph.serialized(pretty: true) + "\n", to: (outputDirectory as NSString).appendingPathComponent("graph.json"))
    let skippedLines = skipped.map { JSONValue.object([("path", .string($0.path)), ("reason", .string($0.reason))]).serialized() + "\n" }
    try AtomicFile.write(skippedLines.joined(), to: (outputDirectory as NSString).appendingPathComponent("skipped.jsonl"))
    let bytes = inputs.reduce(0) { total, input in
      total + ((try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0)
    }
    return Summary(processed: results.count, skipped: skipped, warnings: warnings,
                   seconds: Date().timeIntervalSince(started), bytes: bytes)
  }
}
