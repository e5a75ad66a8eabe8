@testable import ClaimGraph
import Foundation
import Testing

@Suite("Annotation cache") struct AnnotationCacheTests {
  private let input = InputDocument(path: "seeds/astana.txt", id: "astana")
  private let text = Data("Presidential aide Erlan Karin said the decree would take effect on 1 July.\n".utf8)

  private let warnings = ["1 sentence cut"]

  private func fragment(_ text: Data) -> GraphFragment {
    let document = annotate(String(decoding: text, as: UTF8.self))
    return GraphFragment(DocumentResult(document, warnings: warnings))
  }

  /// Files `fragments` under their keys as a run does, after noting the entries it read back
  /// (`kept`): annotations, then the pack, then the index. Returns the packs the index names.
  @discardableResult
  private func file(_ fragments: [(key: String, graph: GraphFragment)], keeping kept: [String] = [],
                    in cache: AnnotationCache) throws -> Set<Int> {
    let writer = cache.packWriter()
    for key in kept { writer.keep(key, at: try #require(cache.entry(key)).location) }
    for (key, graph) in fragments {
      _ = try cache.storeAnnotation(Array("{\"id\": \"astana\"}\n".utf8), under: key)
      writer.add(graph, warnings: warnings, under: key)
    }
    return try writer.finish().packs
  }

  /// Files the document's entry as a run does, and returns its key.
  private func storedEntry(in folder: URL) throws -> String {
    let key = cache(in: folder).key(for: input, bytes: text)
    try file([(key, fragment(text))], in: cache(in: folder))
    return key
  }

  /// Three documents' keys and fragments, of about the same size.
  private func threeDocuments(in folder: URL) -> [(key: String, graph: GraphFragment)] {
    (0..<3).map { number in
      let bytes = Data("Presidential aide Erlan Karin said on \(number + 1) July that the decree was signed.\n".utf8)
      return (key: cache(in: folder).key(for: input, bytes: bytes), graph: fragment(bytes))
    }
  }

  private func packFiles(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pack") }.sorted()
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
      let key = cache(in: folder).key(for: input, bytes: text)
      let graph = fragment(text)
      try file([(key, graph)], in: cache(in: folder))
      let found = try #require(cache(in: folder).entry(key))
      #expect(found.annotationFile == folder.appendingPathComponent(key + ".json").path)
      #expect(try Data(contentsOf: URL(fileURLWithPath: found.annotationFile)) == Data("{\"id\": \"astana\"}\n".utf8))
      #expect(found.warnings == ["1 sentence cut"])
      #expect(found.graph == graph)
    }
  }

  @Test func theEntriesOfOneRunShareOnePackAndAreEachFound() throws {
    try withTemporaryFolder { folder in
      let long = Data("Presidential aide Erlan Karin said the decree would take effect on 1 July. \"It is a step,\" Tokayev said.\n".utf8)
      let short = Data("Karin spoke.\n".utf8)
      let stored = [("long", long), ("short", short)].map { id, bytes in
        (key: cache(in: folder).key(for: InputDocument(path: "seeds/\(id).txt", id: id), bytes: bytes), graph: fragment(bytes))
      }
      try file(stored, in: cache(in: folder))
      #expect(try packFiles(in: folder) == ["fragments-1.pack"])
      for (key, graph) in stored + stored.reversed() {
        #expect(cache(in: folder).entry(key)?.graph == graph)
      }
    }
  }

  @Test func anEntryTheIndexDoesNotNameIsNotFound() throws {
    // A run killed before it wrote the index leaves its annotations and its pack, which no index names.
    try withTemporaryFolder { folder in
      let key = try storedEntry(in: folder)
      try FileManager.default.removeItem(at: folder.appendingPathComponent(FragmentPacks.indexName))
      #expect(cache(in: folder).entry(key) == nil)
    }
  }

  @Test func aDamagedPackIsNoEntry() throws {
    try withTemporaryFolder { folder in
      let key = try storedEntry(in: folder)
      let pack = folder.appendingPathComponent("fragments-1.pack")
      let size = try Data(contentsOf: pack).count
      try Data(("M\t-1\n" + String(repeating: "x", count: size)).utf8.prefix(size)).write(to: pack)
      #expect(cache(in: folder).entry(key) == nil)
    }
  }

  @Test func anEntryThatRunsPastTheEndOfItsPackIsNotFound() throws {
    try withTemporaryFolder { folder in
      let key = try storedEntry(in: folder)
      let pack = folder.appendingPathComponent("fragments-1.pack")
      try Data(try Data(contentsOf: pack).dropLast()).write(to: pack)
      #expect(cache(in: folder).entry(key) == nil)
    }
  }

  @Test func anIndexWrittenUnderOtherGazetteersNamesNoEntry() throws {
    try withTemporaryFolder { folder in
      let key = try storedEntry(in: folder)
      #expect(cache(in: folder, gazetteers: "gazetteers-2").entry(key) == nil)
    }
  }

  @Test func aRunThatAddsOneDocumentKeepsTheLargerPackAndAddsItsOwn() throws {
    try withTemporaryFolder { folder in
      let first = threeDocuments(in: folder)
      try file(first, in: cache(in: folder))
      let added = cache(in: folder).key(for: input, bytes: text)
      #expect(try file([(added, fragment(text))], keeping: first.map(\.key), in: cache(in: folder)) == [1, 2])
      #expect(try packFiles(in: folder) == ["fragments-1.pack", "fragments-2.pack"])
      for key in first.map(\.key) + [added] { #expect(cache(in: folder).entry(key) != nil) }
    }
  }

  @Test func aPackNoLargerThanTheNewOneIsFoldedIntoIt() throws {
    try withTemporaryFolder { folder in
      let first = cache(in: folder).key(for: input, bytes: text)
      try file([(first, fragment(text))], in: cache(in: folder))
      let longer = text + Data("Tokayev signed it on 2 July, and Karin said it was \"a step\".\n".utf8)
      let second = cache(in: folder).key(for: input, bytes: longer)
      #expect(try file([(second, fragment(longer))], keeping: [first], in: cache(in: folder)) == [2])
      #expect(cache(in: folder).entry(first)?.graph == fragment(text))
      #expect(cache(in: folder).entry(second)?.graph == fragment(longer))
    }
  }

  @Test func aPackLessThanHalfOfWhichIsStillUsedIsFoldedIntoTheNewOne() throws {
    try withTemporaryFolder { folder in
      let stored = threeDocuments(in: folder)
      try file(stored, in: cache(in: folder))
      // The next run reads one of the three back and makes nothing new.
      #expect(try file([], keeping: [stored[0].key], in: cache(in: folder)) == [2])
      #expect(cache(in: folder).entry(stored[0].key)?.graph == stored[0].graph)
      #expect(cache(in: folder).entry(stored[1].key) == nil)
    }
  }

  @Test func aRunThatReadsEveryEntryBackLeavesTheIndexAsItIs() throws {
    try withTemporaryFolder { folder in
      let key = try storedEntry(in: folder)
      let index = folder.appendingPathComponent(FragmentPacks.indexName).path
      let written = try #require(FileStamp.of(index))
      #expect(try file([], keeping: [key], in: cache(in: folder)) == [1])
      #expect(FileStamp.of(index)?.identity == written.identity)
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

  @Test func keepOnlyRemovesTheAnnotationsNoKeyNamesAndThePacksNoIndexNames() throws {
    try withTemporaryFolder { folder in
      let kept = cache(in: folder).key(for: input, bytes: text)
      let stale = cache(in: folder).key(for: input, bytes: text + Data("Updated.".utf8))
      try file([(stale, fragment(text + Data("Updated.".utf8)))], in: cache(in: folder))
      let packs = try file([(kept, fragment(text))], in: cache(in: folder))
      try Data("snapshot".utf8).write(to: folder.appendingPathComponent("vocabulary.snapshot"))
      try Data("an entry of an earlier layout".utf8).write(to: folder.appendingPathComponent(stale + ".graph"))
      cache(in: folder).keepOnly([kept], packs: packs)
      #expect(cache(in: folder).entry(kept) != nil)
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      #expect(left == [kept + ".json", "fragments-2.pack", FragmentPacks.indexName, "vocabulary.snapshot"])
    }
  }
}
