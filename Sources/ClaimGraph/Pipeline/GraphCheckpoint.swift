import Foundation

/// The last run's graph as the annotation cache keeps it (`graph.checkpoint`):
/// the totals the graph counted (see ``GraphTotals``), and for each document,
/// in the run's order, its cache entry's key and what the graph writes of it,
/// with where its mention and quote lines lie within the entry.
///
/// A run whose documents include every one of the checkpoint's, unchanged,
/// starts its graph from the totals and counts only the documents added since:
/// reading every entry back and counting it again was half of an incremental
/// run. The totals do not depend on the order the documents were counted in,
/// so the added ones may fall anywhere among the others.
///
/// The file has a header with a hash of the cache's salt; a `D` line a
/// document, `key TAB ordinal TAB mentions' start TAB length TAB count TAB
/// quotes' start TAB length TAB count TAB entry ordinals TAB warnings TAB id
/// TAB document line`; a `K`
/// line a key, `quotes TAB key`, and for a key some mention names, `TAB
/// mentions TAB documents (TAB alias)…`; and `end` with a hash of every line
/// before it but the header. It is read only whole and as written: a byte
/// changed by anything but a run would be carried into every graph after.
/// The file's shape and what the totals count are part of the cache's layout
/// (``AnnotationCache``): a change to either is a new layout, whose salt no
/// checkpoint of the old one has.
struct GraphCheckpoint {
  struct Document: Equatable {
    let key: String
    /// Its place among ``GraphTotals/documentIDs``.
    let ordinal: Int
    let id: String
    let documentLine: String
    let entryOrdinals: [Int]
    let warnings: [String]
    /// Where its mention and quote lines lie within its cache entry, and how many there are.
    let mentions: Range<Int>
    let mentionCount: Int
    let quotes: Range<Int>
    let quoteCount: Int
  }

  let documents: [Document]
  let totals: GraphTotals
  /// Each document's line as it was read, by its place in ``documents``: a run that goes on from the
  /// checkpoint writes them again as they are.
  let lines: [Data]

  static let name = "graph.checkpoint"

  private static func header(salt: String) -> [UInt8] {
    var hash = ContentHash()
    hash.combine(salt)
    return Array("ClaimGraph graph checkpoint 2 \(hash.hex)\n".utf8)
  }

  private static let end = Array("end ".utf8)
  /// `end`, a space, the hash's 32 digits and a line break.
  private static let endLength = end.count + 33
  private static let space = UInt8(ascii: " ")

  // MARK: - Writing

  /// Writes a checkpoint a document at a time, in the run's order, to a file of its own until
  /// ``finish(totals:to:)`` adds the totals and moves it into place: a run's documents are not all held.
  final class Writer: @unchecked Sendable {
    private let file: TextFileWriter
    private var line: [UInt8] = []
    /// Of every line written after the header, each by itself.
    private var hash = ContentHash()

    init(temporaryPath: String, salt: String) throws(AtomicFile.WriteError) {
      file = try TextFileWriter(creating: URL(fileURLWithPath: temporaryPath, isDirectory: false))
      file.append(bytes: GraphCheckpoint.header(salt: salt))
    }

    /// Adds a line: a document's as ``GraphCheckpoint/lines`` has it, or one put together here.
    func add(line: some Collection<UInt8>) {
      hash.combine(line)
      file.append(bytes: line)
    }

    func add(_ document: Document) {
      line.removeAll(keepingCapacity: true)
      line.append(contentsOf: "D\t".utf8)
      line.append(contentsOf: document.key.utf8)
      for number in [document.ordinal, document.mentions.lowerBound, document.mentions.count, document.mentionCount,
                     document.quotes.lowerBound, document.quotes.count, document.quoteCount] {
        line.append(GraphFragment.field)
        JSONValue.writeDecimalDigits(of: number, to: &line)
      }
      line.append(GraphFragment.field)
      GraphCheckpoint.appendNumbers(document.entryOrdinals, to: &line)
      line.append(GraphFragment.field)
      JSONValue.array(document.warnings.map(JSONValue.string)).write(to: &line)
      line.append(GraphFragment.field)
      JSONValue.escape(document.id, into: &line)
      line.append(GraphFragment.field)
      line.append(contentsOf: document.documentLine.utf8)
      line.append(UInt8(ascii: "\n"))
      add(line: line)
    }

    /// Appends the totals of the documents added, closes the file and moves it to `path`.
    func finish(totals: GraphTotals, to path: String) throws {
      for (ordinal, key) in totals.keys.enumerated() {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: "K\t".utf8)
        JSONValue.writeDecimalDigits(of: totals.quotes[ordinal], to: &line)
        line.append(GraphFragment.field)
        line.append(contentsOf: key.utf8)
        if let entity = totals.entities[ordinal] {
          line.append(GraphFragment.field)
          JSONValue.writeDecimalDigits(of: entity.mentions, to: &line)
          line.append(GraphFragment.field)
          GraphCheckpoint.appendNumbers(entity.documents, to: &line)
          for alias in entity.aliases.sorted() {
            line.append(GraphFragment.field)
            line.append(contentsOf: GraphFragment.escape(alias).utf8)
          }
        }
        line.append(UInt8(ascii: "\n"))
        add(line: line)
      }
      file.append(bytes: GraphCheckpoint.end + Array("\(hash.hex)\n".utf8))
      try file.close()
      try AtomicFile.move(file.url.path, to: path)
    }

    /// Closes the file and removes it: a run that failed leaves no checkpoint of its own.
    func discard() {
      try? file.close()
      unlink(file.url.path)
    }
  }

  private static func appendNumbers(_ numbers: [Int], to line: inout [UInt8]) {
    for (index, number) in numbers.enumerated() {
      if index > 0 { line.append(space) }
      JSONValue.writeDecimalDigits(of: number, to: &line)
    }
  }

  // MARK: - Reading

  /// The checkpoint at `path`; nil when it is missing, made under another salt, cut short, or names
  /// anything out of range.
  static func read(from path: String, salt: String) -> GraphCheckpoint? {
    guard case .bytes(let data, _) = FileBytes.read(path) else { return nil }
    guard let (documents, lineRanges, totals) = data.withUnsafeBytes({ raw in
      var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
      return reader.checkpoint(header: header(salt: salt))
    }) else { return nil }
    return GraphCheckpoint(documents: documents, totals: totals, lines: lineRanges.map { data[$0] })
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The documents, the ranges of their lines (each with its line break), and the totals.
    mutating func checkpoint(header: [UInt8]) -> ([Document], [Range<Int>], GraphTotals)? {
      guard bytes.starts(with: header), bytes.count >= header.count + GraphCheckpoint.endLength,
            bytes[(bytes.count - GraphCheckpoint.endLength)...].starts(with: GraphCheckpoint.end) else { return nil }
      position = header.count
      let limit = bytes.count - GraphCheckpoint.endLength
      var hash = ContentHash()
      var documents: [Document] = [], lines: [Range<Int>] = []
      var keys: [String] = [], entities: [GraphTotals.Entity?] = [], quotes: [Int] = []
      while position < limit {
        let lineEnd = bytes[..<limit].index(ofByte: 0x0A, from: position) ?? limit
        let line = position..<lineEnd
        position = lineEnd + 1
        guard line.count > 2, bytes[line.lowerBound + 1] == GraphFragment.field else { return nil }
        hash.combine(UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<min(line.upperBound + 1, limit)]))
        let body = (line.lowerBound + 2)..<line.upperBound
        switch bytes[line.lowerBound] {
        case UInt8(ascii: "D"):
          guard keys.isEmpty, let document = document(body) else { return nil }
          documents.append(document)
          lines.append(line.lowerBound..<(line.upperBound + 1))
        case UInt8(ascii: "K"):
          guard let (key, entity, quoted) = key(body) else { return nil }
          keys.append(key)
          entities.append(entity)
          quotes.append(quoted)
        default:
          return nil
        }
      }
      let written = bytes[(limit + GraphCheckpoint.end.count)..<(bytes.count - 1)]
      guard written.elementsEqual(hash.hex.utf8), bytes[bytes.count - 1] == 0x0A else { return nil }
      // Each document at its own ordinal, and its entries among the keys.
      var documentIDs = [String?](repeating: nil, count: documents.count)
      for document in documents {
        guard document.ordinal < documents.count, documentIDs[document.ordinal] == nil,
              document.entryOrdinals.allSatisfy({ $0 < keys.count }) else { return nil }
        documentIDs[document.ordinal] = document.id
      }
      guard Set(documents.map(\.key)).count == documents.count,
            let totals = GraphTotals(keys: keys, entities: entities, quotes: quotes, documentIDs: documentIDs.map { $0! }) else { return nil }
      return (documents, lines, totals)
    }

    private func number(_ range: Range<Int>) -> Int? { bytes[...].decimalNumber(in: range, maxDigits: 15).map { Int($0) } }

    /// Space-separated numbers, of at most 15 digits each; none for an empty field. In one loop over the
    /// bytes: a checkpoint of 1,000 documents lists 70,000.
    private func numbers(_ range: Range<Int>) -> [Int]? {
      var numbers: [Int] = []
      var value = 0, digits = 0
      for index in range {
        let byte = bytes[index]
        if byte == GraphCheckpoint.space {
          guard digits > 0 else { return nil }
          numbers.append(value)
          (value, digits) = (0, 0)
          continue
        }
        let digit = byte &- UInt8(ascii: "0")
        guard digit < 10, digits < 15 else { return nil }
        value = value * 10 + Int(digit)
        digits += 1
      }
      guard !range.isEmpty else { return [] }
      guard digits > 0 else { return nil }
      numbers.append(value)
      return numbers
    }

    private func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    /// A JSON string, read without the parser when it holds no escape (as ids nearly always do).
    private func string(_ range: Range<Int>) -> String? {
      guard range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\""), bytes[range.upperBound - 1] == UInt8(ascii: "\"") else { return nil }
      let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
      if bytes[inner].index(ofByte: UInt8(ascii: "\\"), from: inner.lowerBound) == nil { return text(inner) }
      return JSONValue.parse(Data(UnsafeBufferPointer(rebasing: bytes[range])))?.stringValue
    }

    private func document(_ line: Range<Int>) -> Document? {
      // Eleven fields, and the document line, the rest.
      let fields = bytes[line].fields(separatedBy: GraphFragment.field, maxSplits: 11)
      guard fields.count == 12, fields[0].count == 32,
            let ordinal = number(fields[1]), let mentionStart = number(fields[2]), let mentionLength = number(fields[3]),
            let mentionCount = number(fields[4]), let quoteStart = number(fields[5]), let quoteLength = number(fields[6]),
            let quoteCount = number(fields[7]), let entryOrdinals = numbers(fields[8]), let id = string(fields[10]) else { return nil }
      let warnings: [String]
      if bytes[fields[9]].elementsEqual("[]".utf8) {
        warnings = []
      } else {
        guard let values = JSONValue.parse(Data(UnsafeBufferPointer(rebasing: bytes[fields[9]])))?.arrayValue else { return nil }
        warnings = values.compactMap(\.stringValue)
        guard warnings.count == values.count else { return nil }
      }
      return Document(key: text(fields[0]), ordinal: ordinal, id: id, documentLine: text(fields[11]), entryOrdinals: entryOrdinals,
                      warnings: warnings, mentions: mentionStart..<(mentionStart + mentionLength), mentionCount: mentionCount,
                      quotes: quoteStart..<(quoteStart + quoteLength), quoteCount: quoteCount)
    }

    /// A `K` line: the key, its entity when a mention names it, and its quotes.
    private func key(_ line: Range<Int>) -> (String, GraphTotals.Entity?, Int)? {
      let fields = bytes[line].fields(separatedBy: GraphFragment.field)
      guard fields.count >= 2, let quotes = number(fields[0]), !fields[1].isEmpty else { return nil }
      let key = text(fields[1])
      guard fields.count > 2 else { return (key, nil, quotes) }
      guard fields.count >= 4, let (label, canonical) = GraphFragment.parts(of: key),
            let mentions = number(fields[2]), let documents = numbers(fields[3]) else { return nil }
      let aliases = fields[4...].map { GraphFragment.unescape(text($0)) }
      return (key, GraphTotals.Entity(label: label, canonical: canonical, aliases: Set(aliases), mentions: mentions, documents: documents), quotes)
    }
  }
}
