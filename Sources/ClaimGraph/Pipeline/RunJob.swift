import Foundation

/// `claimgraph run`: every input through the pipeline, one annotation file
/// per document under `out/docs/`, the graph in `out/graph.json`, and the
/// skipped documents with their reasons in `out/skipped.jsonl`.
///
/// Everything is written under `out/.staging/` first and moved into place
/// only when the run has finished, so a run killed part-way leaves the
/// previous outputs whole; the next run clears what the killed one left.
/// The outputs replaced go to `out/.replaced/` and are deleted on a thread of
/// their own while the staging folder is cleaned: freeing a large file's pages
/// costs about as much as writing it, and an incremental run is mostly writing.
///
/// A run that reads documents from the cache into a folder it ran into
/// before stages only the annotations that differ from those in `out/docs/`
/// (a file there is a link to its cache entry, so comparing inodes tells)
/// and renames them over the old ones: a new folder of links to every
/// annotation, and the removal of the old one, was a tenth of an incremental
/// run's work.
public struct RunJob {
  public struct Summary {
    public let processed: Int
    public let skipped: [SkippedDocument]
    public let warnings: [String]
    public let seconds: Double
    public let bytes: Int
  }

  public let inputs: [InputDocument]
  /// Each input's stamp, when the caller took them (see ``FileStamp/of(_:)``); the cache then takes none.
  public let stamps: [FileStamp?]?
  public let outputDirectory: String
  public let runner: CorpusRunner
  /// Called after each document with the bytes it read (see ``CorpusRunner/run(_:write:progress:)``).
  public let progress: (@Sendable (Int) -> Void)?

  public init(inputs: [InputDocument], stamps: [FileStamp?]? = nil, outputDirectory: String, runner: CorpusRunner,
              progress: (@Sendable (Int) -> Void)? = nil) {
    precondition(stamps == nil || stamps?.count == inputs.count, "a stamp for each input")
    self.inputs = inputs
    self.stamps = stamps
    self.outputDirectory = outputDirectory
    self.runner = runner
    self.progress = progress
  }

  public func run() throws -> Summary {
    let started = Date()
    do {
      return try run(fromCheckpoint: true, started: started)
    } catch is StartOver {
      return try run(fromCheckpoint: false, started: started)
    }
  }

  /// Thrown when the lines of the documents a run took from the graph checkpoint cannot be read whole
  /// from their pack, or are damaged: the run starts over without the checkpoint, reading every entry
  /// back and checking each, so that a damaged one is made again.
  private struct StartOver: Error {}

  /// - Parameter fromCheckpoint: whether the run may go on from the last run's graph checkpoint.
  private func run(fromCheckpoint: Bool, started: Date) throws -> Summary {
    let output = URL(fileURLWithPath: outputDirectory)
    let staging = output.appendingPathComponent(".staging")
    try recoverFromInterruptedRun(output)
    FileTree.remove(staging.path)
    let docs = staging.appendingPathComponent("docs").path
    let resumption = fromCheckpoint ? runner.cache?.resumption(of: inputs, stamps: stamps) : nil
    let graph = GraphBuilder(continuing: resumption?.totals ?? GraphTotals(), spillingInto: staging)
    let liveDocs = output.appendingPathComponent("docs").path
    let inPlace = runner.cache != nil && FileManager.default.fileExists(atPath: liveDocs)
    var published = Set<String>()
    var processed = 0
    var readBytes = 0
    var skipped: [SkippedDocument] = []
    var warnings: [String] = []
    var stamped: [(input: InputDocument, stamp: FileStamp, key: String)] = []
    try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
    let packing = runner.cache?.packWriter()
    // A checkpoint that would not list every document the graph counts is not written.
    var checkpoint = try? runner.cache?.checkpointWriter(temporaryPath: staging.appendingPathComponent(GraphCheckpoint.name).path)
    func dropCheckpoint() {
      checkpoint?.discard()
      checkpoint = nil
    }
    let writeAnnotation: @Sendable (Annotated) throws -> Void = { annotated in
      let name = annotated.id + ".json"
      if inPlace, case .file(let source) = annotated.body, Self.sameFile(source, liveDocs + "/" + name) { return }
      try Self.write(annotated, to: docs + "/" + name)
    }
    var linkFailure: Error?
    var linked: LinkedAnnotations?
    // The checkpoint's documents, each placed as it is, where it falls among the inputs processed.
    let steps = resumption?.steps ?? []
    var nextStep = 0
    func placeCountedDocuments() {
      while nextStep < steps.count, case .counted(let counted) = steps[nextStep] {
        nextStep += 1
        let input = counted.input, key = counted.document.key, name = input.id + ".json"
        if linked?.contains(name, key) != true {
          do {
            try Self.write(Annotated(id: input.id, body: .file(counted.annotationFile)), to: docs + "/" + name)
          } catch {
            linkFailure = linkFailure ?? error
          }
        }
        processed += 1
        if inPlace { published.insert(name) }
        readBytes += counted.stamp.size
        graph.place(counted.lines)
        warnings += counted.document.warnings.map { "\(input.path): \($0)" }
        packing?.keep(key, at: counted.location)
        stamped.append((input, counted.stamp, key))
        checkpoint?.add(line: counted.checkpointLine)
        progress?(counted.stamp.size)
      }
    }
    // `docs/` is listed, and the documents before the first the runner has are placed, while it processes that one.
    runner.run(resumption?.newInputs ?? inputs, write: writeAnnotation, progress: progress, meanwhile: {
      if let resumption, inPlace { linked = Self.linkedAnnotations(in: liveDocs, to: resumption.entries) }
      placeCountedDocuments()
    }) { outcome in
      placeCountedDocuments()
      nextStep += 1
      switch outcome {
      case .processed(let document):
        processed += 1
        if inPlace { published.insert(document.input.id + ".json") }
        readBytes += document.bytes
        let counted = graph.add(document.graph)
        warnings += document.warnings.map { "\(document.input.path): \($0)" }
        guard let key = document.cacheKey else {
          dropCheckpoint()
          return
        }
        let lines: (mentions: Range<Int>, quotes: Range<Int>)?
        if let location = document.cacheLocation {
          packing?.keep(key, at: location)
          lines = document.graph.storedLines(withinEntryAt: location.offset)
        } else {
          lines = packing?.add(document.graph, warnings: document.warnings, under: key)
        }
        if let stamp = document.stamp { stamped.append((document.input, stamp, key)) }
        guard let lines else {
          dropCheckpoint()
          return
        }
        checkpoint?.add(GraphCheckpoint.Document(
          key: key, ordinal: counted.document, id: document.input.id, documentLine: document.graph.documentLine,
          entryOrdinals: counted.entryOrdinals, warnings: document.warnings, mentions: lines.mentions,
          mentionCount: document.graph.mentionCount, quotes: lines.quotes, quoteCount: document.graph.quoteCount))
      case .skipped(let document):
        skipped.append(document)
      }
    }
    placeCountedDocuments()
    if let linkFailure {
      // The next run reads every entry back, and annotates again a document whose annotation went.
      dropCheckpoint()
      runner.cache?.discardCheckpoint()
      throw linkFailure
    }
    // Every document may have come from the cache; broken gazetteers still fail the run, and publish nothing.
    do {
      _ = try runner.pipeline.value.get()
    } catch {
      dropCheckpoint()
      throw error
    }
    // The cache's index is written, its stale entries go, and the documents' stamps are recorded, while
    // the graph is written, on another thread: the graph is the longest step of an incremental run, and one
    // thread writes it. The old outputs link what they use. An index or stamps that cannot be written only
    // cost the next run the work of making the entries again; nothing is removed then.
    // The checkpoint goes in after the index, whose entries it names.
    let pruning = Deferred { [cache = runner.cache, stamped, checkpoint, totals = graph.totals] in
      if let cache, let filed = try? packing?.finish() {
        cache.keepOnly(filed.keys, packs: filed.packs)
        do {
          try checkpoint?.finish(totals: totals, to: cache.checkpointPath)
        } catch {
          checkpoint?.discard()
        }
      } else {
        checkpoint?.discard()
      }
      try? cache?.record(stamped)
    }
    defer { pruning.value }
    do {
      try graph.write(to: staging.appendingPathComponent("graph.json").path)
    } catch {
      // Lines in the cache that cannot be read, or are damaged: no run goes on from this checkpoint again.
      pruning.value
      runner.cache?.discardCheckpoint()
      if resumption != nil { throw StartOver() }
      throw error
    }
    let skippedLines = skipped.map { JSONValue.object([("path", .string($0.path)), ("reason", .string($0.reason))]).serialized() + "\n" }
    try AtomicFile.write(skippedLines.joined(), to: staging.appendingPathComponent("skipped.jsonl").path)
    if inPlace {
      try publishInPlace(staging, into: output, keeping: published)
    } else {
      try publish(staging, into: output)
    }
    // The old annotations' links and the old graph's pages, each about 3 ms, on two threads; the staging
    // folder (nearly empty when the graph held every document's lines) on this one.
    let replaced = output.appendingPathComponent(Self.replaced)
    let removals = ["docs", "graph.json"].map { name in Deferred { FileTree.remove(replaced.appendingPathComponent(name).path) } }
    // The checkpoint is moved from the staging folder into the cache.
    pruning.value
    FileTree.remove(staging.path)
    for removal in removals { removal.value }
    FileTree.remove(replaced.path)
    // Skipped files count too, as far as their size can be told: the summary says how much text the run was given.
    let bytes = readBytes + skipped.reduce(0) { total, document in
      total + ((try? FileManager.default.attributesOfItem(atPath: document.path)[.size] as? Int) ?? 0)
    }
    return Summary(processed: processed, skipped: skipped, warnings: warnings,
                   seconds: Date().timeIntervalSince(started), bytes: bytes)
  }

  /// Writes an annotation into the staging folder, which is published whole, so no file needs its own
  /// atomic rename. A cached annotation is linked, not copied: the cache replaces entries, never edits them.
  private static func write(_ annotated: Annotated, to path: String) throws {
    switch annotated.body {
    case .bytes(let json):
      guard FileManager.default.createFile(atPath: path, contents: Data(json)) else {
        throw AtomicFile.WriteError(path: path, reason: "cannot create the file")
      }
    case .file(let source):
      guard link(source, path) != 0 else { return }
      // Another file system, or links not allowed: copy.
      do {
        try FileManager.default.copyItem(atPath: source, toPath: path)
      } catch {
        throw AtomicFile.WriteError(path: path, reason: "cannot copy \(source) (\(error.localizedDescription))")
      }
    }
  }

  /// The annotations in `docs` that are links to their entries in `cache`, told by the inodes the two
  /// folders' listings give; nil when the folders cannot be read or lie on two file systems.
  private static func linkedAnnotations(in docs: String, to entries: (device: UInt64, inodes: [String: UInt64])) -> LinkedAnnotations? {
    guard let annotations = FileTree.inodes(in: docs), annotations.device == entries.device,
          Self.namesDistinctFiles(annotations.inodes), Self.namesDistinctFiles(entries.inodes) else { return nil }
    return LinkedAnnotations(annotations: annotations.inodes, entries: entries.inodes)
  }

  /// Whether a folder's listing gives each name an inode of its own: a file system that does not say
  /// (FUSE without inode numbers gives every name the same one) would have every annotation a link.
  private static func namesDistinctFiles(_ inodes: [String: UInt64]) -> Bool {
    Set(inodes.values).count == inodes.count && !inodes.values.contains { $0 == 0 || $0 == 0xFFFF_FFFF }
  }

  private struct LinkedAnnotations {
    let annotations: [String: UInt64]
    let entries: [String: UInt64]

    /// Whether `docs/<name>` is a link to the entry under `key`.
    func contains(_ name: String, _ key: String) -> Bool {
      guard let inode = annotations[name] else { return false }
      return entries[key + ".json"] == inode
    }
  }

  /// Whether the files at `first` and `second` are one file (two links to it): one stamp.
  private static func sameFile(_ first: String, _ second: String) -> Bool {
    guard let stamp = FileStamp.of(first) else { return false }
    return FileStamp.of(second)?.identity == stamp.identity
  }

  /// Where `publish` puts the outputs it replaces, removed at the end of the run.
  private static let replaced = ".replaced"

  /// Moves the staged annotations (those that changed) over the old ones in `docs/`, removes those
  /// of documents the run did not publish (the files `published` does not name), then moves the graph
  /// and the skipped list into place. A run killed among the renames leaves some annotations new and
  /// the graph old, as one killed between the renames of ``publish(_:into:)`` does; the next run
  /// stages what still differs.
  private func publishInPlace(_ staging: URL, into output: URL, keeping published: Set<String>) throws {
    let docs = output.appendingPathComponent("docs").path, stagedDocs = staging.appendingPathComponent("docs").path
    try clearReplaced(output)
    for name in FileTree.names(in: stagedDocs) {
      guard rename(stagedDocs + "/" + name, docs + "/" + name) == 0 else {
        throw AtomicFile.WriteError(path: docs + "/" + name, reason: String(cString: strerror(errno)))
      }
    }
    for name in FileTree.names(in: docs) where !published.contains(name) { FileTree.remove(docs + "/" + name) }
    try publishFiles(staging, into: output)
  }

  /// An empty `.replaced/`, whatever a killed run left there.
  private func clearReplaced(_ output: URL) throws {
    let replaced = output.appendingPathComponent(Self.replaced)
    FileTree.remove(replaced.path)
    try FileManager.default.createDirectory(at: replaced, withIntermediateDirectories: true)
  }

  /// Moves the staged outputs into place: the folder of annotations by two
  /// renames (the old one into `.replaced/`, the new one in), then the files
  /// (``publishFiles(_:into:)``).
  private func publish(_ staging: URL, into output: URL) throws {
    let manager = FileManager.default
    let docs = output.appendingPathComponent("docs"), replaced = output.appendingPathComponent(Self.replaced)
    let stagedDocs = staging.appendingPathComponent("docs")
    if !manager.fileExists(atPath: stagedDocs.path) { try manager.createDirectory(at: stagedDocs, withIntermediateDirectories: true) }
    try clearReplaced(output)
    if manager.fileExists(atPath: docs.path) { try manager.moveItem(at: docs, to: replaced.appendingPathComponent("docs")) }
    try manager.moveItem(at: stagedDocs, to: docs)
    try publishFiles(staging, into: output)
  }

  /// Moves the staged graph and skipped list into place, each in one step (see ``AtomicFile/replace(_:with:keepingOldAt:)``),
  /// the old file going to `.replaced/`, so that its pages are not freed on this thread.
  private func publishFiles(_ staging: URL, into output: URL) throws {
    let replaced = output.appendingPathComponent(Self.replaced)
    for name in ["graph.json", "skipped.jsonl"] {
      try AtomicFile.replace(output.appendingPathComponent(name).path, with: staging.appendingPathComponent(name).path,
                             keepingOldAt: replaced.appendingPathComponent(name).path)
    }
  }

  /// A run killed between the two renames of `publish` leaves the old
  /// annotations aside and none in place: put them back. Earlier versions
  /// set them aside in `.previous-docs`, which is otherwise removed.
  private func recoverFromInterruptedRun(_ output: URL) throws {
    let manager = FileManager.default
    let docs = output.appendingPathComponent("docs"), earlier = output.appendingPathComponent(".previous-docs")
    for previous in [output.appendingPathComponent(Self.replaced).appendingPathComponent("docs"), earlier]
    where !manager.fileExists(atPath: docs.path) && manager.fileExists(atPath: previous.path) {
      try manager.moveItem(at: previous, to: docs)
    }
    if manager.fileExists(atPath: earlier.path) { try manager.removeItem(at: earlier) }
  }
}
