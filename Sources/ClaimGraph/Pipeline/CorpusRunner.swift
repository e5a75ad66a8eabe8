import Dispatch
import Foundation

/// What one document leaves behind for the graph, once its text is gone.
public struct DocumentResult: Sendable {
  public let input: InputDocument
  public let title: String
  public let date: CalendarDate?
  public let sentenceCount: Int
  public let entities: [EntityMention]
  public let quotes: [Quote]
  public let warnings: [String]

  /// What `document` leaves for the graph.
  public init(_ document: Document, warnings: [String] = []) {
    self.init(input: InputDocument(path: document.path ?? document.id, id: document.id), title: document.title,
              date: document.referenceDate?.date, sentenceCount: document.sentences.count,
              entities: document.entities, quotes: document.quotes, warnings: warnings)
  }

  public init(input: InputDocument, title: String, date: CalendarDate?, sentenceCount: Int, entities: [EntityMention],
              quotes: [Quote], warnings: [String]) {
    self.input = input
    self.title = title
    self.date = date
    self.sentenceCount = sentenceCount
    self.entities = entities
    self.quotes = quotes
    self.warnings = warnings
  }
}

/// What the runner hands on for a processed document: what the graph needs
/// of it and what the run reports, whether it was processed now or read back
/// from the annotation cache.
public struct ProcessedDocument: Sendable {
  public let input: InputDocument
  public let graph: GraphFragment
  public let warnings: [String]
  /// The key of its entry in the annotation cache, when a cache is in use.
  public let cacheKey: String?
  /// Where its cache entry lies, when it was read back from the cache rather than processed now.
  let cacheLocation: FragmentPacks.Location?
  /// The file's stamp when it was read, or found unchanged, when a cache is in use.
  public let stamp: FileStamp?
  /// The size of the file read.
  public let bytes: Int
}

/// A document's annotation as written to `docs/<id>.json`.
public struct Annotated: Sendable {
  public enum Body: Sendable {
    /// The annotation's UTF-8 bytes, pretty-printed, ending in a newline.
    case bytes([UInt8])
    /// The path of a file that holds exactly that text: the annotation cache's entry, which is never changed in place.
    case file(String)
  }

  public let id: String
  public let body: Body
}

/// A document that could not be processed, and why.
public struct SkippedDocument: Sendable, Equatable {
  public let path: String
  public let reason: String
}

/// Runs the pipeline over many documents on `jobs` threads. Results land in
/// their input's slot, so everything downstream sees input order whatever
/// the thread count; this is the only type that hands documents to threads.
public struct CorpusRunner: Sendable {
  /// The pipeline, which may still be being built: documents found in the cache do not wait for it.
  public let pipeline: Deferred<Result<Pipeline, GazetteerError>>
  public let jobs: Int
  public let maxDocumentBytes: Int
  /// Annotations of documents seen before; a document found there is not processed again.
  public let cache: AnnotationCache?

  public init(pipeline: Pipeline, jobs: Int, maxDocumentBytes: Int = RunLimits.standard.maxDocumentBytes, cache: AnnotationCache? = nil) {
    self.init(pipeline: Deferred(ready: .success(pipeline)), jobs: jobs, maxDocumentBytes: maxDocumentBytes, cache: cache)
  }

  /// A runner whose pipeline is being built from a lexicon that is still loading
  /// (see ``Lexicon/load(directory:vocabularySnapshot:)``); a document the pipeline is needed for
  /// is skipped, with the reason, when building it failed.
  public init(pipeline: Deferred<Result<Pipeline, GazetteerError>>, jobs: Int,
              maxDocumentBytes: Int = RunLimits.standard.maxDocumentBytes, cache: AnnotationCache? = nil) {
    self.pipeline = pipeline
    self.jobs = max(1, jobs)
    self.maxDocumentBytes = maxDocumentBytes
    self.cache = cache
  }

  public enum Outcome: Sendable {
    case processed(ProcessedDocument)
    case skipped(SkippedDocument)

    /// The bytes read: a processed document's size, nothing for a skipped one.
    var bytesRead: Int {
      if case .processed(let document) = self { return document.bytes }
      return 0
    }
  }

  /// Processes each input and hands its annotation to `write` (on a
  /// worker thread; it must be safe to call concurrently for different documents).
  /// - Returns: one outcome per input, in input order.
  /// - Parameter progress: called after each document, from the worker that
  ///   did it, with the number of bytes it read.
  public func run(_ inputs: [InputDocument], write: @Sendable (Annotated) throws -> Void,
                  progress: (@Sendable (Int) -> Void)? = nil) -> [Outcome] {
    var outcomes: [Outcome] = []
    outcomes.reserveCapacity(inputs.count)
    run(inputs, write: write, progress: progress) { outcomes.append($0) }
    return outcomes
  }

  /// Like ``run(_:write:progress:)``, but hands each outcome to `consume`
  /// on the calling thread, in input order, and keeps none: the workers take
  /// the inputs a window at a time, so memory holds two windows' results
  /// whatever the size of the corpus.
  ///
  /// The calling thread consumes one window while the workers go on with the
  /// next, and a semaphore, not the window, bounds the work: `jobs` documents
  /// at once, with no worker idle at a window's end while another finishes.
  ///
  /// - Parameter meanwhile: called once on the calling thread as soon as the workers have the first
  ///   documents, before any outcome is consumed: work of the caller's that needs no outcome.
  public func run(_ inputs: [InputDocument], write: @Sendable (Annotated) throws -> Void,
                  progress: (@Sendable (Int) -> Void)? = nil, meanwhile: () -> Void = {}, consume: (Outcome) -> Void) {
    let window = max(32, jobs * 16)
    let running = DispatchSemaphore(value: jobs)
    withoutActuallyEscaping(write) { write in
      var inFlight: [(slots: ResultSlots<Outcome>, done: DispatchGroup)] = []
      func start(_ batch: [InputDocument]) {
        let slots = ResultSlots<Outcome>(count: batch.count)
        let next = WorkCounter()
        let done = DispatchGroup()
        for _ in 0..<min(jobs, batch.count) {
          DispatchQueue.global().async(group: done) {
            var readBuffer: [UInt8] = []
            while true {
              running.wait()
              guard let index = next.take(below: batch.count) else {
                running.signal()
                return
              }
              let outcome = outcome(of: batch[index], write: write, readingInto: &readBuffer)
              running.signal()
              slots[index] = outcome
              progress?(outcome.bytesRead)
            }
          }
        }
        inFlight.append((slots, done))
      }
      func finishOldest() {
        let (slots, done) = inFlight.removeFirst()
        done.wait()
        for outcome in slots.values { consume(outcome) }
      }
      if inputs.isEmpty { meanwhile() }
      for first in stride(from: 0, to: inputs.count, by: window) {
        start(Array(inputs[first..<min(first + window, inputs.count)]))
        if first == 0 { meanwhile() }
        if inFlight.count == 2 { finishOldest() }
      }
      while !inFlight.isEmpty { finishOldest() }
    }
  }

  /// - Parameter readBuffer: the worker's, kept from one document's cache entry to the next.
  private func outcome(of input: InputDocument, write: (Annotated) throws -> Void, readingInto readBuffer: inout [UInt8]) -> Outcome {
    // A document whose file is as the last run recorded it is not read: the record names its entry.
    if let cache, let (key, stamp) = cache.unchangedKey(of: input), let cached = cache.entry(key, readingInto: &readBuffer),
       let outcome = reuse(cached, of: input, key: key, stamp: stamp, write: write) {
      return outcome
    }
    let data: Data, stamp: FileStamp
    switch FileBytes.read(input.path, maxBytes: maxDocumentBytes) {
    case .bytes(let bytes, let readStamp): (data, stamp) = (bytes, readStamp)
    case .tooLarge(let size):
      return .skipped(SkippedDocument(path: input.path, reason: "\(size) bytes, over the \(maxDocumentBytes)-byte limit (--max-document-size)"))
    case .empty: return .skipped(SkippedDocument(path: input.path, reason: "empty file"))
    case .notARegularFile: return .skipped(SkippedDocument(path: input.path, reason: "not a regular file (a named pipe, device or socket)"))
    case .unreadable: return .skipped(SkippedDocument(path: input.path, reason: Self.unreadableReason(input.path)))
    }
    let key = cache?.key(for: input, bytes: data)
    if let cache, let key, let cached = cache.entry(key, readingInto: &readBuffer), let outcome = reuse(cached, of: input, key: key, stamp: stamp, write: write) {
      return outcome
    }
    let pipeline: Pipeline
    switch self.pipeline.value {
    case .success(let built): pipeline = built
    case .failure(let error): return .skipped(SkippedDocument(path: input.path, reason: "\(error)"))
    }
    switch TextDecoder.decode(data) {
    case .skipped(let reason):
      return .skipped(SkippedDocument(path: input.path, reason: reason))
    case .text(let text, let decoderWarnings):
      let document = pipeline(Document(id: input.id, text: text, path: input.path))
      // Kept as bytes from encoder to file: a `String` between them would be validated and copied twice over.
      var json = AnnotationJSON.serialized(document, pretty: true)
      json.append(UInt8(ascii: "\n"))
      let warnings = decoderWarnings + document.warnings
      let graph = GraphFragment(DocumentResult(document, warnings: warnings))
      do {
        if let cache, let key {
          try write(Annotated(id: input.id, body: .file(try cache.storeAnnotation(json, under: key))))
        } else {
          try write(Annotated(id: input.id, body: .bytes(json)))
        }
      } catch {
        return .skipped(SkippedDocument(path: input.path, reason: "\(error)"))
      }
      return .processed(ProcessedDocument(input: input, graph: graph, warnings: warnings, cacheKey: key, cacheLocation: nil, stamp: key.map { _ in stamp },
                                          bytes: data.count))
    }
  }

  /// `input` from its cache entry, or nil when the entry's annotation file went (removed by hand from
  /// the cache folder), so that it is annotated again.
  private func reuse(_ cached: AnnotationCache.Found, of input: InputDocument, key: String, stamp: FileStamp,
                     write: (Annotated) throws -> Void) -> Outcome? {
    do {
      try write(Annotated(id: input.id, body: .file(cached.annotationFile)))
    } catch {
      guard access(cached.annotationFile, F_OK) != 0 else { return .skipped(SkippedDocument(path: input.path, reason: "\(error)")) }
      return nil
    }
    return .processed(ProcessedDocument(input: input, graph: cached.graph, warnings: cached.warnings, cacheKey: key, cacheLocation: cached.location, stamp: stamp,
                                        bytes: stamp.size))
  }

  /// Why a file could not be read, as far as the file system tells.
  static func unreadableReason(_ path: String) -> String {
    let manager = FileManager.default
    if let target = try? manager.destinationOfSymbolicLink(atPath: path), !manager.fileExists(atPath: path) {
      return "broken symbolic link to \(target)"
    }
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return "a folder, not a file" }
    return manager.isReadableFile(atPath: path) ? "cannot read the file" : "cannot read the file (permission denied)"
  }


}

/// Fixed slots that workers fill by index.
final class ResultSlots<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  var values: [Value] { lock.withLock { storage.map { $0! } } }
}

/// Hands out work item indices, each once.
final class WorkCounter: @unchecked Sendable {
  private var next = 0
  private let lock = NSLock()

  func take(below count: Int) -> Int? {
    lock.withLock {
      guard next < count else { return nil }
      defer { next += 1 }
      return next
    }
  }
}
