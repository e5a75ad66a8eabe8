import Foundation
import Testing

/// A run into a folder it ran into before reads unchanged documents back from
/// `DIR/.cache`, and its outputs are byte for byte those of a clean run.
@Suite("claimgraph run cache")
struct CacheTests {
  private func run(_ input: URL, into out: URL, gazetteers: URL = gazetteersFolder, extra: [String] = []) throws {
    let result = try claimgraph(["run", "--quiet", "--out", out.path, "--gazetteers", gazetteers.path] + extra + [input.path])
    try #require(result.status == 0, "\(result)")
  }

  private func outputs(_ out: URL) throws -> [String: Data] {
    var files: [String: Data] = ["graph.json": try Data(contentsOf: out.appendingPathComponent("graph.json"))]
    for name in try fileNames(in: out.appendingPathComponent("docs")) {
      files["docs/" + name] = try Data(contentsOf: out.appendingPathComponent("docs").appendingPathComponent(name))
    }
    return files
  }

  private func copySeeds(to folder: URL) throws -> URL {
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for stem in try seedStems() {
      try FileManager.default.copyItem(at: seedsFolder.appendingPathComponent(stem + ".txt"), to: input.appendingPathComponent(stem + ".txt"))
    }
    return input
  }

  /// Runs over a copy of the seeds, lets `change` alter the input or the cache (`DIR/.cache`), runs
  /// again into the same folder (`check` looks at the cache then), and expects the outputs a clean run
  /// over the input gives.
  private func expectRerunEqualsACleanRun(after change: (_ input: URL, _ cache: URL) throws -> Void,
                                          then check: (_ cache: URL) throws -> Void = { _ in }) throws {
    try withTemporaryFolder { folder in
      let input = try copySeeds(to: folder)
      let cached = folder.appendingPathComponent("cached")
      try run(input, into: cached)
      try change(input, cached.appendingPathComponent(".cache"))
      try run(input, into: cached)
      try check(cached.appendingPathComponent(".cache"))
      let clean = folder.appendingPathComponent("clean")
      try run(input, into: clean, extra: ["--no-cache"])
      #expect(try outputs(cached) == (try outputs(clean)))
    }
  }

  @Test func aDamagedVocabularySnapshotIsBuiltAgainAndTheOutputsStayTheSame() throws {
    var made = 0
    try expectRerunEqualsACleanRun { input, cache in
      let snapshot = cache.appendingPathComponent("vocabulary.snapshot")
      made = try Data(contentsOf: snapshot).count
      try Data("ClaimGraph vocabulary 2\n not a table".utf8).write(to: snapshot)
      try write("Finance Minister Ana Duarte said the Budget Act was fair.\n", to: "new.txt", in: input)
    } then: { cache in
      // Made again, whole (its slots may lie elsewhere: the lists' sets are hashed with a seed per process).
      let remade = try Data(contentsOf: cache.appendingPathComponent("vocabulary.snapshot"))
      #expect(remade.count == made)
    }
  }

  @Test func rerunWithANewDocumentEqualsACleanRun() throws {
    try expectRerunEqualsACleanRun { input, _ in
      try write("Finance Minister Ana Duarte said the Budget Act was fair.\n", to: "new.txt", in: input)
    }
  }

  @Test func rerunWithADocumentRemovedEqualsACleanRun() throws {
    try expectRerunEqualsACleanRun { input, _ in
      let first = try #require(try fileNames(in: input).sorted().first)
      try FileManager.default.removeItem(at: input.appendingPathComponent(first))
    }
  }

  @Test func rerunAfterTheFragmentIndexWasRemovedEqualsACleanRun() throws {
    try expectRerunEqualsACleanRun { input, cache in
      try FileManager.default.removeItem(at: cache.appendingPathComponent("fragments.index"))
      try write("Finance Minister Ana Duarte said the Budget Act was fair.\n", to: "new.txt", in: input)
    }
  }

  @Test func rerunAfterAPackWasDamagedEqualsACleanRun() throws {
    try expectRerunEqualsACleanRun { _, cache in
      let pack = cache.appendingPathComponent("fragments-1.pack")
      let size = try Data(contentsOf: pack).count
      try Data(repeating: UInt8(ascii: "x"), count: size).write(to: pack)
    }
  }

  @Test func runsThatEachAddADocumentKeepAFewPacks() throws {
    try withTemporaryFolder { folder in
      let input = try copySeeds(to: folder)
      let out = folder.appendingPathComponent("out")
      for number in 1...8 {
        try write("Finance Minister Ana Duarte said on \(number) May that the Budget Act was fair.\n", to: "new-\(number).txt", in: input)
        try run(input, into: out)
      }
      let packs = try fileNames(in: out.appendingPathComponent(".cache")).filter { $0.hasSuffix(".pack") }
      #expect(packs.count <= 4, "\(packs)")
    }
  }

  @Test func anEntryWhoseAnnotationWasRemovedFromTheCacheIsAnnotatedAgain() throws {
    var annotation = ""
    // `run` fails the test on any skipped document.
    try expectRerunEqualsACleanRun { _, cache in
      annotation = try #require(try fileNames(in: cache).first { $0.hasSuffix(".json") })
      try FileManager.default.removeItem(at: cache.appendingPathComponent(annotation))
    } then: { cache in
      #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent(annotation).path))
    }
  }

  @Test func warningsOfACachedDocumentAreGivenAgain() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write(Data("Karin said the decree was \u{201C}a first step\u{201D}.\n".utf8) + Data([0xFF, 0x0A]), to: "latin1.txt", in: input)
      let out = folder.appendingPathComponent("out")
      let arguments = ["run", "--out", out.path, "--gazetteers", gazetteersFolder.path, input.path]
      let first = try claimgraph(arguments)
      let second = try claimgraph(arguments)
      let warning = try #require(first.errorOutput.split(separator: "\n").first { $0.hasPrefix("warning: ") })
      #expect(second.errorOutput.contains(warning))
    }
  }

  @Test func aCachedAnnotationIsLinkedFromTheCacheNotWrittenAgain() throws {
    try withTemporaryFolder { folder in
      let input = try copySeeds(to: folder)
      let out = folder.appendingPathComponent("out")
      try run(input, into: out)
      try run(input, into: out)
      let stem = try #require(try seedStems().first)
      let links = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("docs/\(stem).json").path)[.referenceCount] as? Int
      #expect(links == 2, "docs/\(stem).json shares its storage with its cache entry")
    }
  }

  @Test func aRerunUpdatesTheFolderOfAnnotationsInPlace() throws {
    try withTemporaryFolder { folder in
      let input = try copySeeds(to: folder)
      let out = folder.appendingPathComponent("out")
      try run(input, into: out)
      let docs = out.appendingPathComponent("docs").path
      func inode() throws -> Int? { try FileManager.default.attributesOfItem(atPath: docs)[.systemFileNumber] as? Int }
      let before = try #require(try inode())
      try write("Finance Minister Ana Duarte said the Budget Act was fair.\n", to: "new.txt", in: input)
      try run(input, into: out)
      #expect(try inode() == before, "the same folder, not a new one put in its place")
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("docs/new.json").path))
    }
  }

  @Test func anAnnotationRemovedOrAddedByHandIsPutRightByTheNextRun() throws {
    try expectRerunEqualsACleanRun { _, cache in
      let docs = cache.deletingLastPathComponent().appendingPathComponent("docs")
      let first = try #require(try fileNames(in: docs).sorted().first)
      try FileManager.default.removeItem(at: docs.appendingPathComponent(first))
      try write("{}\n", to: "stray.json", in: docs)
    }
  }

  @Test func anAnnotationReplacedByHandIsPutRightByTheNextRun() throws {
    try expectRerunEqualsACleanRun { _, cache in
      let docs = cache.deletingLastPathComponent().appendingPathComponent("docs")
      let first = try #require(try fileNames(in: docs).sorted().first)
      try FileManager.default.removeItem(at: docs.appendingPathComponent(first))
      try write("{\"id\": \"edited\"}\n", to: first, in: docs)
    }
  }

  @Test func aRunWithoutTheCacheIntoAFolderACachedRunFilledGivesACleanRunsOutputs() throws {
    try withTemporaryFolder { folder in
      let input = try copySeeds(to: folder)
      let out = folder.appendingPathComponent("out"), clean = folder.appendingPathComponent("clean")
      try run(input, into: out)
      try FileManager.default.removeItem(at: input.appendingPathComponent(try #require(try fileNames(in: input).sorted().first)))
      try run(input, into: out, extra: ["--no-cache"])
      try run(input, into: clean, extra: ["--no-cache"])
      #expect(try outputs(out) == (try outputs(clean)))
    }
  }

  @Test func changedDocumentIsProcessedAgain() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      let document = try write("Erlan Karin said the decree was signed.\n", to: "note.txt", in: input)
      let out = folder.appendingPathComponent("out")
      try run(input, into: out)
      try "Zhemis Turmagambetova said the decree was signed.\n".write(to: document, atomically: true, encoding: .utf8)
      try run(input, into: out)
      #expect(try annotation("note", in: out).quotes.map(\.speaker) == ["Zhemis Turmagambetova"])
    }
  }

  @Test func changedGazetteerMakesEveryEntryStale() throws {
    try withTemporaryFolder { folder in
      let gazetteers = folder.appendingPathComponent("gazetteers")
      try FileManager.default.copyItem(at: gazetteersFolder, to: gazetteers)
      let input = folder.appendingPathComponent("in")
      try write("Zorblatt said the levy was fair.\n", to: "note.txt", in: input)
      let out = folder.appendingPathComponent("out")
      try run(input, into: out, gazetteers: gazetteers)
      #expect(try annotation("note", in: out).entities.first { $0.text == "Zorblatt" }?.label == "PERSON")

      let entities = gazetteers.appendingPathComponent("entities.tsv")
      try (try String(contentsOf: entities, encoding: .utf8) + "\nORG\tZorblatt\n").write(to: entities, atomically: true, encoding: .utf8)
      try run(input, into: out, gazetteers: gazetteers)
      #expect(try annotation("note", in: out).entities.first { $0.text == "Zorblatt" }?.label == "ORG")
      // The entry made with the old lists is gone, and its pack; only the new one is kept, beside the
      // one vocabulary snapshot, the stamps, the index and the graph checkpoint.
      let files = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".cache").path)
      #expect(files.filter { $0.hasSuffix(".json") }.count == 1)
      #expect(Set(files.filter { !$0.hasSuffix(".json") }) == ["vocabulary.snapshot", "stamps", "fragments.index", "fragments-1.pack", "graph.checkpoint"])
    }
  }
}
