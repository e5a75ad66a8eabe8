import Foundation
import Testing

// Runs the built `claimgraph` executable as a subprocess, the way
// swift-argument-parser's end-to-end tests run their examples: what is
// tested is what a user types and sees, exit status included.

/// The repository's root folder (it holds `seeds/` and `gazetteers/`), found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seedsFolder = repositoryRoot.appendingPathComponent("seeds")
let goldFolder = seedsFolder.appendingPathComponent("gold")
let gazetteersFolder = repositoryRoot.appendingPathComponent("gazetteers")

/// The stems of the seed documents (`001_76252d7895b3d546`), sorted.
func seedStems() throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)
    .filter { $0.hasSuffix(".txt") }
    .map { String($0.dropLast(4)) }
    .sorted()
}

// MARK: - Finding the binary

struct ExecutableNotFound: Error, CustomStringConvertible {
  let searched: [String]
  var description: String {
    "no claimgraph executable in any folder above \(searched.joined(separator: ", ")); build it with `swift build --build-tests`"
  }
}

/// The `claimgraph` built beside the test bundle. SwiftPM puts every product
/// of a build in one folder: on Linux the `.xctest` runner is an executable in
/// it, on macOS a bundle in it, so walking up from the bundle finds the tool.
let claimgraphExecutable: Result<URL, ExecutableNotFound> = {
  var starts = [Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL)
  if let runner = CommandLine.arguments.first {
    starts.append(URL(fileURLWithPath: runner).resolvingSymlinksInPath())
  }
  for start in starts {
    var folder = start.standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent("claimgraph")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
         FileManager.default.isExecutableFile(atPath: candidate.path) {
        return .success(candidate)
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
  }
  return .failure(ExecutableNotFound(searched: starts.map(\.path)))
}()

// MARK: - Running it

/// What one invocation left behind.
struct CommandResult: CustomStringConvertible {
  let status: Int32
  let output: String
  let errorOutput: String

  var outputLines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }

  var description: String { "exit status \(status)\n--- stdout\n\(output)\n--- stderr\n\(errorOutput)" }
}

/// Runs `claimgraph arguments` to completion, with `input` on standard input.
///
/// The working directory is a fresh temporary folder, so a default such as
/// `--out output` can never write into the repository; pass absolute paths.
/// Output goes to files rather than pipes so a chatty process cannot block.
func claimgraph(_ arguments: [String], input: String? = nil) throws -> CommandResult {
  try withTemporaryFolder { scratch in
    let process = Process()
    process.executableURL = try claimgraphExecutable.get()
    process.arguments = arguments
    process.currentDirectoryURL = scratch
    let outputFile = scratch.appendingPathComponent(".stdout")
    let errorFile = scratch.appendingPathComponent(".stderr")
    try Data().write(to: outputFile)
    try Data().write(to: errorFile)
    let output = try FileHandle(forWritingTo: outputFile)
    let errors = try FileHandle(forWritingTo: errorFile)
    defer {
      try? output.close()
      try? errors.close()
    }
    process.standardOutput = output
    process.standardError = errors
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try stdin.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus,
                         output: try String(contentsOf: outputFile, encoding: .utf8),
                         errorOutput: try String(contentsOf: errorFile, encoding: .utf8))
  }
}

/// `claimgraph run --jobs N --out DIR --gazetteers <repo>/gazetteers PATH...`.
func runCommand(_ paths: [URL], out: URL, jobs: Int = 2) throws -> CommandResult {
  try claimgraph(["run", "--jobs", String(jobs), "--out", out.path, "--gazetteers", gazetteersFolder.path] + paths.map(\.path))
}

/// Runs `claimgraph run` over `seeds/` into `out` and requires it to succeed.
@discardableResult
func runSeeds(into out: URL, jobs: Int = 2, sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
  let result = try runCommand([seedsFolder], out: out, jobs: jobs)
  try #require(result.status == 0, "claimgraph run over seeds/ failed: \(result)", sourceLocation: sourceLocation)
  return result
}

// MARK: - Temporary folders

/// Calls `body` with a new, empty folder under the system's temporary
/// directory, and removes the folder afterwards.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-e2e-" + UUID().uuidString)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  return try body(folder)
}

/// Writes `contents` to `name` under `folder`, creating intermediate folders.
@discardableResult
func write(_ contents: Data, to name: String, in folder: URL) throws -> URL {
  let file = folder.appendingPathComponent(name)
  try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
  try contents.write(to: file)
  return file
}

@discardableResult
func write(_ text: String, to name: String, in folder: URL) throws -> URL {
  try write(Data(text.utf8), to: name, in: folder)
}

/// The names of the files directly in `folder`, sorted.
func fileNames(in folder: URL) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
}

// MARK: - Reading the output

/// A per-document annotation file (`docs/<id>.json`), or a gold file.
struct Annotation: Decodable {
  let doc: String
  let date: String?
  let entities: [Mention]
  let quotes: [AttributedQuote]
  /// Absent from gold files, which have no offsets.
  let sentences: [[Int]]?

  struct Mention: Decodable {
    let label: String
    let text: String
    let norm: Norm?
    let start: Int?
    let end: Int?
  }

  struct AttributedQuote: Decodable {
    let kind: String
    let speaker: String?
    let mention: String?
    let cue: String
    let text: String
    let about: [String]
  }
}

/// A DATE's ISO string or a MONEY's amount and currency.
enum Norm: Decodable, Equatable {
  case date(String)
  case money(amount: Decimal, currency: String)

  private enum Keys: String, CodingKey { case amount, currency }

  init(from decoder: any Decoder) throws {
    if let iso = try? decoder.singleValueContainer().decode(String.self) {
      self = .date(iso)
    } else {
      let money = try decoder.container(keyedBy: Keys.self)
      self = .money(amount: try money.decode(Decimal.self, forKey: .amount), currency: try money.decode(String.self, forKey: .currency))
    }
  }
}

/// The parts of `graph.json` the tests look at.
struct Graph: Decodable {
  let documents: [Document]
  let entities: [Entity]
  let quotes: [GraphQuote]

  struct Document: Decodable {
    let id: String
    let path: String
  }

  struct Entity: Decodable {
    let id: String
    let type: String
    let name: String
    let aliases: [String]
  }

  struct GraphQuote: Decodable {
    let id: String
    let document: String
    let speaker: String?
    let text: String
    let measures: [String]
  }
}

/// One line of `claimgraph annotate` output: an annotation or an error.
struct AnnotateLine: Decodable {
  let doc: String?
  let date: String?
  let entities: [Annotation.Mention]?
  let quotes: [Annotation.AttributedQuote]?
  let id: String?
  let error: String?
}

func decode<T: Decodable>(_ type: T.Type, from file: URL) throws -> T {
  try JSONDecoder().decode(type, from: Data(contentsOf: file))
}

func decode<T: Decodable>(_ type: T.Type, fromLine line: String) throws -> T {
  try JSONDecoder().decode(type, from: Data(line.utf8))
}

/// `out/docs/<id>.json`.
func annotation(_ id: String, in out: URL) throws -> Annotation {
  try decode(Annotation.self, from: out.appendingPathComponent("docs").appendingPathComponent(id + ".json"))
}

/// `out/graph.json`.
func graph(in out: URL) throws -> Graph {
  try decode(Graph.self, from: out.appendingPathComponent("graph.json"))
}

/// The lines of `out/skipped.jsonl`, each `{"path": …, "reason": …}`.
func skippedDocuments(in out: URL) throws -> [[String: String]] {
  let text = try String(contentsOf: out.appendingPathComponent("skipped.jsonl"), encoding: .utf8)
  return try text.split(separator: "\n").map { try JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
}
