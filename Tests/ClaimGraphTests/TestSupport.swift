@testable import ClaimGraph
import Foundation
import Testing

/// The repository's root folder, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The real gazetteers, loaded once for every test.
let lexicon: Lexicon = {
  do {
    return try Lexicon(directory: repositoryRoot.appendingPathComponent("gazetteers").path)
  } catch {
    fatalError("gazetteers failed to load: \(error)")
  }
}()

let pipeline = Pipeline.standard(lexicon: lexicon)

/// Runs the whole pipeline over `text`.
func annotate(_ text: String, date: String? = nil) -> Document {
  pipeline(Document(id: "test", text: text, referenceDate: date.flatMap(CalendarDate.init(iso:)).map(ReferenceDate.init(date:))))
}

/// Runs the stages up to and including the one named `stage`.
func run(_ text: String, through stage: String, date: String? = nil) -> Document {
  var document = Document(id: "test", text: text, referenceDate: date.flatMap(CalendarDate.init(iso:)).map(ReferenceDate.init(date:)))
  for step in pipeline.stages {
    document = step.process(document)
    if step.name == stage { break }
  }
  return document
}

extension Document {
  var tokenTexts: [String] { tokens.map(\.text) }
  var sentenceTexts: [String] { sentences.map { text(in: $0.range) } }

  func entityTexts(_ label: EntityLabel) -> [String] {
    entities.filter { $0.label == label }.map(\.text)
  }

  func entity(_ text: String) -> EntityMention? {
    entities.first { $0.text == text }
  }
}

func expectSentences(_ document: Document, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(document.sentenceTexts == expected, sourceLocation: sourceLocation)
}

func expectEntities(_ document: Document, _ label: EntityLabel, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(document.entityTexts(label) == expected, sourceLocation: sourceLocation)
}

/// Runs `body` with a new empty folder, removed afterwards.
func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-unit-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  try body(folder)
}

/// The graph of `results` written to `folder/graph.json`, as `claimgraph run` writes it; returns its path.
func graphFile(_ results: [DocumentResult], in folder: URL) throws -> String {
  let builder = GraphBuilder()
  for result in results { builder.add(result) }
  let path = folder.appendingPathComponent("graph.json").path
  try builder.write(to: path)
  return path
}
