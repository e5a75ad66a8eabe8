@testable import ClaimGraph
import Foundation
import Testing

@Suite("Annotation cache") struct AnnotationCacheTests {
  private let input = InputDocument(path: "seeds/astana.txt", id: "astana")
  private let text = Data("Presidential aide Erlan Karin said the decree would take effect on 1 July.\n".utf8)

  private func entry() -> AnnotationCache.Entry {
    let document = annotate(String(decoding: text, as: UTF8.self))
    return AnnotationCache.Entry(annotation: Array("{\"id\": \"astana\"}\n".utf8),
                                 graph: GraphFragment(DocumentResult(document, warnings: ["1 sentence cut"])), warnings: ["1 sentence cut"])
  }

  private func cache(in folder: URL, gazetteers: String = "gazetteers-1", limits: RunLimits = .standard,
                     settlingTime: Int64 = FileStamp.settlingTime) -> AnnotationCache {
    AnnotationCache(directory: folder, gazetteers: gazetteers, limits: limits, settlingTime: settlingTime)
  }

  /// Writes the document into `folder`, records its stamp and key as a run would, and returns its input and key.
  private func recordedDocument(in folder: URL, cache: AnnotationCache) throws -> (input: InputDocument, key: String) {
    let path = folder.appendingPathComponent("astana.txt").path
    try text.write(to: URL(fileURLWithPath: path))
    let input = InputDocument(path: path, id: "astana")
    let key = cache.key(for: input, bytes: text)
    try cache.record([(input, try #require(FileStamp.of(path)), key)])
    return (input, key)
  }

  @Test func aDocumentUnchangedSinceItsStampWasRecordedIsKnownByItsKeyUnread() throws {
    try withTemporaryFolder { folder in
      let (input, key) = try recordedDocument(in: folder, cache: cache(in: folder, settlingTime: 0))
      #expect(cache(in: folder, settlingTime: 0).unchangedKey(of: input)?.key == key)
    }
  }

  @Test func aDocumentChangedSinceItsStampWasRecordedIsNotKnown() throws {
    try withTemporaryFolder { folder in
      let (input, _) = try recordedDocument(in: folder, cache: cache(in: folder, settlingTime: 0))
      try (text + Data("Tokayev signed it.\n".utf8)).write(to: URL(fileURLWithPath: input.path))
      #expect(cache(in: folder, settlingTime: 0).unchangedKey(of: input) == nil)
    }
  }

  @Test func aStampIsForTheIdItWasRecordedWith() throws {
    try withTemporaryFolder { folder in
      let (input, _) = try recordedDocument(in: folder, cache: cache(in: folder, settlingTime: 0))
      #expect(cache(in: folder, settlingTime: 0).unchangedKey(of: InputDocument(path: input.path, id: "in-astana")) == nil)
    }
  }

  @Test func recordingWhatTheStampsFileHoldsLeavesItAsItIs() throws {
    try withTemporaryFolder { folder in
      let (input, key) = try recordedDocument(in: folder, cache: cache(in: folder, settlingTime: 0))
      let stamps = folder.appendingPathComponent(StampFile.name).path
      let written = try #require(FileStamp.of(stamps))
      try cache(in: folder, settlingTime: 0).record([(input, try #require(FileStamp.of(input.path)), key)])
      #expect(FileStamp.of(stamps)?.identity == written.identity)
      try cache(in: folder, settlingTime: 0).record([])
      #expect(FileStamp.of(stamps)?.identity != written.identity)
      #expect(cache(in: folder, settlingTime: 0).unchangedKey(of: input) == nil)
    }
  }

  @Test func aStampTakenSoonAfterTheDocumentChangedIsNotRecorded() throws {
    try withTemporaryFolder { folder in
      let (input, _) = try recordedDocument(in: folder, cache: cache(in: folder))
      #expect(cache(in: folder, settlingTime: 0).unchangedKey(of: input) == nil)
    }
  }

  @Test func stampsRecordedUnderOtherGazetteersAreNotUsed() throws {
    try withTemporaryFolder { folder in
      let (input, _) = try recordedDocument(in: folder, cache: cache(in: folder, settlingTime: 0))
      #expect(cache(in: folder, gazetteers: "gazetteers-2", settlingTime: 0).unchangedKey(of: input) == nil)
    }
  }

  @Test func aStoredEntryIsFoundWithItsAnnotationFileFragmentAndWarnings() throws {
    try withTemporaryFolder { folder in
      let cache = cache(in: folder)
      let key = cache.key(for: input, bytes: text)
      let stored = entry()
      let annotationFile = try cache.store(stored, under: key)
      let found = try #require(cache.entry(key))
      #expect(found.annotationFile == annotationFile)
      #expect(try Data(contentsOf: URL(fileURLWithPath: annotationFile)) == Data(stored.annotation))
      #expect(found.warnings == ["1 sentence cut"])
      #expect(found.graph == stored.graph)
    }
  }

  @Test func oneReadBufferServesALargerEntryThenASmallerOne() throws {
    try withTemporaryFolder { folder in
      let cache = cache(in: folder)
      let long = Data("Presidential aide Erlan Karin said the decree would take effect on 1 July. \"It is a step,\" Tokayev said.\n".utf8)
      let short = Data("Karin spoke.\n".utf8)
      var stored: [(key: String, entry: AnnotationCache.Entry)] = []
      for (id, bytes) in [("long", long), ("short", short)] {
        let document = annotate(String(decoding: bytes, as: UTF8.self))
        let entry = AnnotationCache.Entry(annotation: Array("{}\n".utf8), graph: GraphFragment(DocumentResult(document)), warnings: [])
        let key = cache.key(for: InputDocument(path: "seeds/\(id).txt", id: id), bytes: bytes)
        _ = try cache.store(entry, under: key)
        stored.append((key, entry))
      }
      var buffer: [UInt8] = []
      for (key, entry) in stored + stored.reversed() {
        #expect(cache.entry(key, readingInto: &buffer)?.graph == entry.graph)
      }
    }
  }

  @Test func anEntryWhoseGraphFileWasNeverWrittenIsNotFound() throws {
    // A run killed between the entry's two writes leaves the annotation alone.
    try withTemporaryFolder { folder in
      let cache = cache(in: folder)
      let key = cache.key(for: input, bytes: text)
      _ = try cache.store(entry(), under: key)
      try FileManager.default.removeItem(at: folder.appendingPathComponent(key + ".graph"))
      #expect(cache.entry(key) == nil)
    }
  }

  @Test func aDamagedGraphFileIsNoEntry() throws {
    try withTemporaryFolder { folder in
      let cache = cache(in: folder)
      let key = cache.key(for: input, bytes: text)
      _ = try cache.store(entry(), under: key)
      try Data("M\t-1\n".utf8).write(to: folder.appendingPathComponent(key + ".graph"))
      #expect(cache.entry(key) == nil)
    }
  }

  @Test func theKeyChangesWithTheTextItsIdAndPathTheGazetteersAndTheLimits() throws {
    try withTemporaryFolder { folder in
      let key = cache(in: folder).key(for: input, bytes: text)
      #expect(cache(in: folder).key(for: input, bytes: text) == key)
      #expect(cache(in: folder).key(for: input, bytes: text + Data(" ".utf8)) != key)
      #expect(cache(in: folder).key(for: InputDocument(path: input.path, id: "astana-2"), bytes: text) != key)
      #expect(cache(in: folder).key(for: InputDocument(path: "other/astana.txt", id: input.id), bytes: text) != key)
      #expect(cache(in: folder, gazetteers: "gazetteers-2").key(for: input, bytes: text) != key)
      #expect(cache(in: folder, limits: RunLimits(maxQuoteTokens: 50)).key(for: input, bytes: text) != key)
    }
  }

  @Test func keepOnlyRemovesTheEntriesNoKeyNamesAndLeavesOtherFiles() throws {
    try withTemporaryFolder { folder in
      let cache = cache(in: folder)
      let kept = cache.key(for: input, bytes: text)
      let stale = cache.key(for: input, bytes: text + Data("Updated.".utf8))
      _ = try cache.store(entry(), under: kept)
      _ = try cache.store(entry(), under: stale)
      try Data("snapshot".utf8).write(to: folder.appendingPathComponent("vocabulary.snapshot"))
      cache.keepOnly([kept])
      #expect(cache.entry(kept) != nil)
      #expect(cache.entry(stale) == nil)
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      #expect(left == [kept + ".graph", kept + ".json", "vocabulary.snapshot"])
    }
  }
}
