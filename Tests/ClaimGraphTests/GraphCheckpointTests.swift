@testable import ClaimGraph
import Foundation
import Testing

private typealias H = HandBuilt

/// A run goes on from the last run's graph checkpoint when every document the checkpoint counted is
/// still there unchanged, and its graph is then byte for byte a clean run's.
@Suite("Graph checkpoint") struct GraphCheckpointTests {
  /// Three news items, named so that a fourth (`b-…`) falls between the first and the second.
  private let documents = [
    "a-karin.txt": "Presidential aide Erlan Karin said the decree would take effect on 1 July.\n",
    "c-johansson.txt": "EU Commissioner Ylva Johansson said the Anti-trafficking Directive would be revised in 2024.\n",
    "d-astana.txt": "\u{201C}We will look at the rules in place,\u{201D} Karin told reporters in Astana.\n",
  ]
  private let added = ("b-duarte.txt", "Finance Minister Ana Duarte said the Budget Act was fair. Karin agreed.\n")

  private func writeDocuments(_ documents: [String: String], to folder: URL) throws {
    try writeFiles(documents.mapValues { Data($0.utf8) }, to: folder)
  }

  private func writeFiles(_ files: [String: Data], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, bytes) in files { try bytes.write(to: folder.appendingPathComponent(name)) }
  }

  /// Writes `files` (by default the three news items) into `folder/in`, runs over them into `folder/out`,
  /// and hands `body` the folders and that run's summary.
  private func afterAFirstRun(of files: [String: Data]? = nil,
                              _ body: (_ folder: URL, _ input: URL, _ out: URL, _ first: RunJob.Summary) throws -> Void) throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
      try writeFiles(files ?? documents.mapValues { Data($0.utf8) }, to: input)
      try body(folder, input, out, try run(input, into: out))
    }
  }

  /// A cache whose stamps count as settled at once, so that the next run finds every document by its
  /// stamp; or, with `settlingTime`, one that records none of the stamps of files this new.
  private func cache(_ out: URL, settlingTime: Int64 = 0) -> AnnotationCache {
    AnnotationCache(directory: out.appendingPathComponent(".cache"), gazetteers: "gazetteers-1", limits: .standard, settlingTime: settlingTime)
  }

  @discardableResult
  private func run(_ input: URL, into out: URL, cached: Bool = true, settlingTime: Int64 = 0) throws -> RunJob.Summary {
    let runner = CorpusRunner(pipeline: pipeline, jobs: 2, cache: cached ? cache(out, settlingTime: settlingTime) : nil)
    return try RunJob(inputs: try InputDocument.collect([input.path]), outputDirectory: out.path, runner: runner).run()
  }

  private func resumption(_ input: URL, _ out: URL, settlingTime: Int64 = 0) throws -> Resumption? {
    cache(out, settlingTime: settlingTime).resumption(of: try InputDocument.collect([input.path]))
  }

  private func graph(_ out: URL) throws -> Data { try Data(contentsOf: out.appendingPathComponent("graph.json")) }

  /// Runs over the documents, lets `change` alter the input or the output folder, and runs again;
  /// returns whether that run went on from the checkpoint, after expecting its graph to be a clean run's.
  private func rerun(after change: (_ input: URL, _ out: URL) throws -> Void) throws -> Bool {
    var resumed = false
    try afterAFirstRun { folder, input, out, _ in
      try change(input, out)
      resumed = try resumption(input, out) != nil
      try run(input, into: out)
      let clean = folder.appendingPathComponent("clean")
      try run(input, into: clean, cached: false)
      #expect(try graph(out) == (try graph(clean)))
    }
    return resumed
  }

  @Test func aRunWithADocumentAddedAmongTheOthersGoesOnFromTheCheckpoint() throws {
    let resumed = try rerun { input, _ in try writeDocuments([added.0: added.1], to: input) }
    #expect(resumed)
  }

  @Test func documentsWrittenJustBeforeTheLastRunAreFoundByTheirBytesAndTheRunGoesOnFromTheCheckpoint() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
      try writeDocuments(documents, to: input)
      // Within three seconds of their last change: no stamp is recorded, as for a document added and run at once.
      try run(input, into: out, settlingTime: FileStamp.settlingTime)
      try writeDocuments([added.0: added.1], to: input)
      #expect(try resumption(input, out, settlingTime: FileStamp.settlingTime) != nil)
      try run(input, into: out, settlingTime: FileStamp.settlingTime)
      let clean = folder.appendingPathComponent("clean")
      try run(input, into: clean, cached: false)
      #expect(try graph(out) == (try graph(clean)))
    }
  }

  @Test func aRunWithNothingChangedGoesOnFromTheCheckpoint() throws {
    #expect(try rerun { _, _ in })
  }

  @Test func aRunWithADocumentRemovedCountsEveryDocumentAgain() throws {
    let resumed = try rerun { input, _ in try FileManager.default.removeItem(at: input.appendingPathComponent("c-johansson.txt")) }
    #expect(!resumed)
  }

  @Test func aRunWithADocumentChangedCountsEveryDocumentAgain() throws {
    let resumed = try rerun { input, _ in
      try Data("EU Commissioner Ylva Johansson said the Anti-trafficking Directive would be revised.\n".utf8)
        .write(to: input.appendingPathComponent("c-johansson.txt"))
    }
    #expect(!resumed)
  }

  @Test func aCheckpointCutShortIsNotRead() throws {
    let resumed = try rerun { input, out in
      let path = out.appendingPathComponent(".cache/graph.checkpoint")
      let bytes = try Data(contentsOf: path)
      try bytes.prefix(bytes.count - 10).write(to: path)
      try writeDocuments([added.0: added.1], to: input)
    }
    #expect(!resumed)
  }

  @Test func aCheckpointWithAByteChangedIsNotRead() throws {
    let resumed = try rerun { _, out in
      let path = out.appendingPathComponent(".cache/graph.checkpoint")
      var bytes = try Data(contentsOf: path)
      // A key's quote count, one more: still a checkpoint in shape, but not the one the run wrote.
      let key = try #require(bytes.firstRange(of: Data("\nK\t".utf8)))
      bytes[key.upperBound] = bytes[key.upperBound] == UInt8(ascii: "9") ? UInt8(ascii: "8") : bytes[key.upperBound] + 1
      try bytes.write(to: path)
    }
    #expect(!resumed)
  }

  @Test func aDocumentWhoseAnnotationWentFromTheCacheIsAnnotatedAgainNotCountedFromTheCheckpoint() throws {
    let resumed = try rerun { _, out in
      let cache = out.appendingPathComponent(".cache")
      let annotation = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".json") })
      try FileManager.default.removeItem(at: cache.appendingPathComponent(annotation))
    }
    #expect(!resumed)
  }

  @Test func anAnnotationRemovedByHandIsPutBackByARunFromTheCheckpoint() throws {
    try afterAFirstRun { _, input, out, _ in
      let annotation = out.appendingPathComponent("docs/c-johansson.json")
      let written = try Data(contentsOf: annotation)
      try FileManager.default.removeItem(at: annotation)
      try #require(try resumption(input, out) != nil)
      try run(input, into: out)
      #expect(try Data(contentsOf: annotation) == written)
    }
  }

  @Test func aRunFromTheCheckpointReportsTheWarningsOfTheDocumentsItCounted() throws {
    let latin1 = Data("Karin said the decree was \u{201C}a first step\u{201D}.\n".utf8) + Data([0xFF, 0x0A])
    try afterAFirstRun(of: ["latin1.txt": latin1]) { _, input, out, first in
      try #require(!first.warnings.isEmpty)
      try #require(try resumption(input, out) != nil)
      #expect(try run(input, into: out).warnings == first.warnings)
    }
  }

  @Test(arguments: ["x", "#", "\n"])
  func damagedLinesInAPackMakeTheRunStartOverWithoutTheCheckpointAndMakeTheEntryAgain(damage: String) throws {
    try afterAFirstRun { folder, input, out, _ in
      // The first mention line of the pack names its entry by something other than digits, reads as a
      // spill file's header (which would name ordinals the graph does not have), or is cut in two.
      let pack = out.appendingPathComponent(".cache/fragments-1.pack")
      var bytes = try Data(contentsOf: pack)
      let mentions = try #require(bytes.firstRange(of: Data("\nM\t".utf8)))
      let firstLine = try #require(bytes[mentions.upperBound...].firstIndex(of: 0x0A)) + 1
      bytes[firstLine + (damage == "\n" ? 8 : 0)] = try #require(damage.utf8.first)
      try bytes.write(to: pack)
      try #require(try resumption(input, out) != nil)
      try run(input, into: out)
      let clean = folder.appendingPathComponent("clean")
      try run(input, into: clean, cached: false)
      #expect(try graph(out) == (try graph(clean)))
    }
  }

  @Test func aPackCutShortMakesTheRunStartOverWithoutTheCheckpoint() throws {
    try afterAFirstRun { folder, input, out, _ in
      try #require(try resumption(input, out) != nil)
      // Cut after the run matched the checkpoint: its lines can no longer be read whole.
      let runner = CorpusRunner(pipeline: pipeline, jobs: 2, cache: cache(out))
      let job = RunJob(inputs: try InputDocument.collect([input.path]), outputDirectory: out.path, runner: runner)
      let pack = out.appendingPathComponent(".cache/fragments-1.pack")
      try FileHandle(forWritingTo: pack).truncate(atOffset: 100)
      _ = try job.run()
      let clean = folder.appendingPathComponent("clean")
      try run(input, into: clean, cached: false)
      #expect(try graph(out) == (try graph(clean)))
    }
  }

  // MARK: - The file and the totals

  @Test func aCheckpointReadsBackAsWritten() throws {
    try withTemporaryFolder { folder in
      var totals = GraphTotals()
      let karin = GraphFragment(H.result("000_df2b", [H.graphMention(.person, "Erlan Karin", at: 10), H.graphMention(.person, "Erlan\nKarin", canonical: "Erlan Karin", at: 30)],
                                         quotes: [H.graphQuote("shame, shame", speaker: "Tokayev", at: 50)]))
      let counted = totals.count(karin)
      let document = GraphCheckpoint.Document(key: String(repeating: "a", count: 32), ordinal: counted.document, id: "000_df2b",
                                              documentLine: karin.documentLine, entryOrdinals: counted.entryOrdinals,
                                              warnings: ["1 sentence cut"], mentions: 40..<90, mentionCount: 2, quotes: 90..<120,
                                              quoteCount: 1)
      let path = folder.appendingPathComponent("graph.checkpoint").path
      let writer = try GraphCheckpoint.Writer(temporaryPath: path + ".tmp", salt: "salt")
      writer.add(document)
      try writer.finish(totals: totals, to: path)
      let read = try #require(GraphCheckpoint.read(from: path, salt: "salt"))
      #expect(read.documents == [document])
      #expect(read.totals.keys == totals.keys)
      #expect(read.totals.entities == totals.entities)
      #expect(read.totals.quotes == totals.quotes)
      #expect(read.totals.documentIDs == ["000_df2b"])
      #expect(GraphCheckpoint.read(from: path, salt: "another salt")?.documents == nil)
    }
  }

  private func lines(of fragment: GraphFragment, entryOrdinals: [Int]) -> GraphBuilder.Lines {
    GraphBuilder.Lines(documentLine: fragment.documentLine, entryOrdinals: entryOrdinals, mentionLines: fragment.mentionLines,
                       mentionCount: fragment.mentionCount, quoteLines: fragment.quoteLines, quoteCount: fragment.quoteCount)
  }

  @Test func aGraphThatGoesOnFromTotalsEqualsOneThatCountsEveryDocument() throws {
    let quotedFirst = GraphFragment(H.result("000_df2b", [], quotes: [H.graphQuote("the situation had worsened", speaker: "Erlan Karin", at: 0)]))
    let bySurname = GraphFragment(H.result("001_7625", [H.graphMention(.person, "Karin", at: 40)]))
    let inFull = GraphFragment(H.result("002_4cbc", [H.graphMention(.person, "Erlan Karin", at: 10), H.graphMention(.law, "Criminal Code", at: 30)]))
    let whole = GraphBuilder()
    for fragment in [quotedFirst, bySurname, inFull] { whole.add(fragment) }
    // The first and the last counted before; the middle one added, in its place.
    var totals = GraphTotals()
    let first = totals.count(quotedFirst), last = totals.count(inFull)
    let continued = GraphBuilder(continuing: totals)
    continued.place(lines(of: quotedFirst, entryOrdinals: first.entryOrdinals))
    continued.add(bySurname)
    continued.place(lines(of: inFull, entryOrdinals: last.entryOrdinals))
    #expect(try continued.text() == (try whole.text()))
  }
}
