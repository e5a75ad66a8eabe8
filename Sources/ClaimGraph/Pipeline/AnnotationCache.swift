import Foundation

/// Annotations of documents already seen, under the output folder, keyed by a
/// hash of the document's bytes, id and path and of everything else that
/// shapes its annotation (gazetteers, limits, format version). A changed
/// document or gazetteer gives a new key, so stale entries are never read;
/// entries no run used any more are removed at the end of the next run.
public struct AnnotationCache: Sendable {
  public let directory: URL
  private let salt: String

  public init(directory: URL, lexicon: Lexicon, limits: RunLimits) {
    self.directory = directory
    self.salt = [AnnotationJSON.formatVersion, lexicon.fingerprint, "\(limits.maxSentenceTokens)", "\(limits.maxQuoteTokens)"]
      .joined(separator: "|")
  }

  /// A cached document: its annotation and the warnings its reading gave.
  public struct Entry {
    public let annotation: JSONValue
    public let warnings: [String]
  }

  public func key(for input: InputDocument, bytes: Data) -> String {
    var hash = ContentHash()
    hash.combine(salt)
    hash.combine(input.id)
    hash.combine(input.path)
    hash.combine(bytes)
    return hash.hex
  }

  private func file(_ key: String) -> URL { directory.appendingPathComponent(key + ".json") }

  public func entry(_ key: String) -> Entry? {
    guard let data = FileManager.default.contents(atPath: file(key).path), let value = JSONValue.parse(data),
          let annotation = value["annotation"] else { return nil }
    return Entry(annotation: annotation, warnings: (value["warnings"]?.arrayValue ?? []).compactMap(\.stringValue))
  }

  public func store(_ entry: Entry, under key: String) throws {
    let value = JSONValue.object([("warnings", .array(entry.warnings.map(JSONValue.string))), ("annotation", entry.annotation)])
    try AtomicFile.write(value.serialized(), to: file(key).path)
  }

  /// Removes every entry whose key is not in `used`.
  public func keepOnly(_ used: Set<String>) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names where name.hasSuffix(".json") && !used.contains(String(name.dropLast(5))) {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }
}
