import ClaimGraph
import Foundation

struct RunCommand: Command {
  static let name = "run"
  static let usage = """
  Annotate .txt documents and build the knowledge graph.

  USAGE: claimgraph run [--jobs N] [--out DIR] [--gazetteers DIR] [--quiet] [--no-cache] PATH...

  ARGUMENTS:
    PATH               .txt files, or folders searched recursively for them

  OPTIONS:
    --jobs N           documents processed at once (default: all cores); output is the same for any N
    --out DIR          output folder (default: output); writes DIR/graph.json, DIR/docs/<id>.json, DIR/skipped.jsonl, DIR/export/
    --gazetteers DIR   word lists and patterns (default: ./gazetteers or $CLAIMGRAPH_GAZETTEERS)
    --quiet            no progress line, warnings or summary on stderr (skipped documents are still in DIR/skipped.jsonl)
    --export FORMATS   also write DIR/export/<format>/ for each format: all (default), none, or a list
                       such as sql,jsonld (see claimgraph export --help)
    --no-cache         process every document again; by default a document whose bytes, gazetteers and limits
                       are unchanged since a run into the same DIR is read back from DIR/.cache
    \(ArgumentReader.limitHelp)

  EXIT STATUS: 0 all processed, 1 error, 2 some documents skipped (listed in DIR/skipped.jsonl), 64 usage error
  """

  let paths: [String]
  let jobs: Int
  let outputDirectory: String
  let gazetteers: String
  let limits: RunLimits
  let quiet: Bool
  let useCache: Bool
  let exports: [ExportFormat]

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: Set(["--jobs", "--out", "--gazetteers", "--export"]).union(ArgumentReader.limitOptions),
                                    flags: ["--quiet", "--no-cache"], command: Self.name)
    guard !reader.positional.isEmpty else { throw UsageError(message: "run: name at least one file or folder of .txt documents") }
    paths = reader.positional
    jobs = try reader.integer("--jobs", command: Self.name, range: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
    outputDirectory = reader.value("--out") ?? "output"
    gazetteers = reader.value("--gazetteers") ?? Lexicon.defaultDirectory()
    limits = try reader.limits(command: Self.name)
    quiet = reader.has("--quiet")
    useCache = !reader.has("--no-cache")
    let exportList = reader.value("--export") ?? "all"
    exports = exportList == "none" ? [] : try ExportCommand.formats(exportList, option: "--export")
  }

  func run() throws -> Int32 {
    // The inputs are listed while the gazetteers are read, and the lexicon is built while the first
    // documents are looked up in the cache. A problem with the inputs is still the one reported first.
    // Each input's stamp is taken here too: the cache compares them with the ones it recorded, and the
    // progress line adds up the sizes.
    let listing = Deferred { [paths] in
      Result { () throws(InputError) in
        let inputs = try InputDocument.collect(paths)
        return (inputs, FileStamp.of(inputs.map(\.path)))
      }
    }
    let cacheFolder = (outputDirectory as NSString).appendingPathComponent(".cache")
    let loading = Result { () throws(GazetteerError) in
      try Lexicon.load(directory: gazetteers, vocabularySnapshot: useCache ? (cacheFolder as NSString).appendingPathComponent("vocabulary.snapshot") : nil)
    }
    let (inputs, stamps) = try listing.value.get()
    let gazetteerFiles = try loading.get()
    var report: (@Sendable (Int) -> Void)?
    if !quiet {
      let totalBytes = stamps.reduce(0) { $0 + ($1?.size ?? 0) }
      let line = ProgressLine(total: inputs.count, totalBytes: totalBytes)
      report = { line.advance($0) }
    }
    let cache = useCache
      ? AnnotationCache(directory: URL(fileURLWithPath: cacheFolder), gazetteers: gazetteerFiles.fingerprint, limits: limits)
      : nil
    let pipeline = gazetteerFiles.lexicon.map { [limits] lexicon in lexicon.map { Pipeline.standard(lexicon: $0, limits: limits) } }
    let runner = CorpusRunner(pipeline: pipeline, jobs: jobs, maxDocumentBytes: limits.maxDocumentBytes, cache: cache)
    let job = RunJob(inputs: inputs, stamps: stamps, outputDirectory: outputDirectory, runner: runner, progress: report)
    // However the run ends: a snapshot still being written would be left as a temporary file.
    defer { if case .success(let lexicon) = gazetteerFiles.lexicon.value { lexicon.finishWritingSnapshot() } }
    let summary = try job.run()
    HeldUntilExit.keep(pipeline)
    let graphFile = (outputDirectory as NSString).appendingPathComponent("graph.json")
    if !exports.isEmpty {
      try GraphExport.write(exports, graph: graphFile, into: (outputDirectory as NSString).appendingPathComponent("export"))
    }
    if quiet { return summary.skipped.isEmpty ? 0 : 2 }
    for warning in summary.warnings { standardError("warning: \(warning)") }
    for skipped in summary.skipped { standardError("skipped: \(skipped.path): \(skipped.reason)") }
    let megabytes = Double(summary.bytes) / 1_000_000
    standardError(String(format: "claimgraph run: %d processed, %d skipped, %d warnings; %.2f MB in %.2f s (%.2f MB/s); graph in %@",
                         summary.processed, summary.skipped.count, summary.warnings.count, megabytes, summary.seconds,
                         megabytes / max(summary.seconds, 0.000_001), graphFile))
    return summary.skipped.isEmpty ? 0 : 2
  }
}
