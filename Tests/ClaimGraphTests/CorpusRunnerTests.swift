@testable import ClaimGraph
import Foundation
import Testing

/// The runner's one concurrent path: results land in their input's slot,
/// whatever the number of workers. CI runs this suite under ThreadSanitizer.
@Suite struct CorpusRunnerTests {
  private var seedInputs: [InputDocument] {
    get throws { try InputDocument.collect([repositoryRoot.appendingPathComponent("seeds").path]) }
  }

  private func graph(jobs: Int) throws -> String {
    let outcomes = CorpusRunner(pipeline: pipeline, jobs: jobs).run(try seedInputs) { _ in }
    let fragments = outcomes.compactMap { outcome -> GraphFragment? in
      if case .processed(let document) = outcome { return document.graph }
      return nil
    }
    return try GraphBuilder.build(fragments: fragments).serialized()
  }

  @Test func fourWorkersGiveTheGraphOfOne() throws {
    #expect(try graph(jobs: 4) == (try graph(jobs: 1)))
  }

  @Test func outcomesComeBackInInputOrder() throws {
    let inputs = try seedInputs
    let outcomes = CorpusRunner(pipeline: pipeline, jobs: 3).run(inputs) { _ in }
    let paths = outcomes.map { outcome -> String in
      switch outcome {
      case .processed(let result): return result.input.path
      case .skipped(let document): return document.path
      }
    }
    #expect(paths == inputs.map(\.path))
  }

  @Test func theCallersOwnWorkRunsOnceBeforeAnyOutcomeIsConsumed() throws {
    for inputs in [try seedInputs, []] {
      var events: [String] = []
      CorpusRunner(pipeline: pipeline, jobs: 2).run(inputs, write: { _ in }, meanwhile: { events.append("meanwhile") }) { _ in
        events.append("outcome")
      }
      #expect(events == ["meanwhile"] + Array(repeating: "outcome", count: inputs.count))
    }
  }

  @Test func writerIsCalledOnceForEveryDocument() throws {
    let written = WrittenIDs()
    _ = CorpusRunner(pipeline: pipeline, jobs: 4).run(try seedInputs) { written.add($0.id) }
    #expect(written.ids.sorted() == (try seedInputs).map(\.id).sorted())
  }

  @Test func noMoreThanJobsDocumentsAreProcessedAtOnce() throws {
    // Enough inputs for two windows of 32, so that both are in flight at once.
    let inputs = Array(repeating: try seedInputs, count: 12).joined().map { $0 }
    let gauge = ConcurrencyGauge()
    // One job: the machine's own limit (two threads on two cores) would hide a second.
    _ = CorpusRunner(pipeline: pipeline, jobs: 1).run(Array(inputs)) { _ in gauge.enter(); gauge.leave() }
    #expect(gauge.highest == 1)
    #expect(gauge.entries == inputs.count)
  }

  @Test func aDocumentWhoseRecordedStampMatchesIsTakenFromTheEntryTheRecordNamesUnread() throws {
    try withTemporaryFolder { folder in
      let inputs = Array(try seedInputs.prefix(2))
      func cache() -> AnnotationCache {
        AnnotationCache(directory: folder.appendingPathComponent(".cache"), gazetteers: "gazetteers-1", limits: .standard, settlingTime: 0)
      }
      let first = CorpusRunner(pipeline: pipeline, jobs: 1, cache: cache()).run(inputs) { _ in }
      let recorded = first.compactMap { outcome -> (input: InputDocument, stamp: FileStamp, key: String)? in
        guard case .processed(let document) = outcome, let stamp = document.stamp, let key = document.cacheKey else { return nil }
        return (document.input, stamp, key)
      }
      try #require(recorded.count == 2)
      // Filed as a run files them: the runner leaves that to its caller.
      let packing = cache().packWriter()
      for case .processed(let document) in first {
        packing.add(document.graph, warnings: document.warnings, under: try #require(document.cacheKey))
      }
      try packing.finish()
      // Each document's record names the other's entry: a run that read the documents would not follow it.
      try cache().record([(recorded[0].input, recorded[0].stamp, recorded[1].key), (recorded[1].input, recorded[1].stamp, recorded[0].key)])
      let second = CorpusRunner(pipeline: pipeline, jobs: 1, cache: cache()).run(inputs) { _ in }
      let documentIDs = second.compactMap { outcome -> String? in
        if case .processed(let document) = outcome { return document.graph.documentID }
        return nil
      }
      #expect(documentIDs == [inputs[1].id, inputs[0].id])
    }
  }

  @Test func documentOverTheSizeLimitIsSkippedWithItsSize() throws {
    let input = try seedInputs.first { $0.id.hasPrefix("003") }!
    let outcomes = CorpusRunner(pipeline: pipeline, jobs: 1, maxDocumentBytes: 1_000).run([input]) { _ in }
    guard case .skipped(let skipped) = outcomes.first else {
      Issue.record("expected the document to be skipped")
      return
    }
    #expect(skipped.reason == "53615 bytes, over the 1000-byte limit (--max-document-size)")
  }
}

/// Document ids handed to a runner's writer, from any thread.
private final class WrittenIDs: @unchecked Sendable {
  private var list: [String] = []
  private let lock = NSLock()

  func add(_ id: String) { lock.withLock { list.append(id) } }
  var ids: [String] { lock.withLock { list } }
}

/// How many callers are inside at once, and the most there ever were.
private final class ConcurrencyGauge: @unchecked Sendable {
  private var inside = 0
  private(set) var highest = 0
  private(set) var entries = 0
  private let lock = NSLock()

  func enter() {
    lock.withLock {
      inside += 1
      entries += 1
      highest = max(highest, inside)
    }
    // Stay long against the pipeline's few milliseconds, so that a third concurrent document would be seen.
    usleep(20_000)
  }

  func leave() { lock.withLock { inside -= 1 } }
}
