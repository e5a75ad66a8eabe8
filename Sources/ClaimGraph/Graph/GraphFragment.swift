import Foundation

/// What one document adds to the graph, worked out apart from the graph:
/// its line in `documents`, its lines in `mentions` and `quotes` (with the
/// entities still to be filled in, since ids are settled only when every
/// document is in), and what the entity table counts of each entity it names.
///
/// Making a fragment is the costly part of adding a document, and needs
/// nothing but the document, so workers make them in parallel; the graph
/// builder only appends them, in order. A fragment also serialises to a few
/// lines of text, which the annotation cache keeps, so a document seen before
/// reaches the graph without its annotation being read again.
public struct GraphFragment: Sendable, Equatable {
  /// An entity the document refers to, by a mention, as a quote's speaker or as a measure. Lines name it
  /// by its place in ``entries``, so the builder looks each key up once a document, not once a line.
  struct Entry: Sendable, Equatable {
    /// `PERSON|Erlan Karin`: label and canonical name.
    let key: String
    /// What the document's mentions of it add to the entity table; nil when no mention names it.
    var name: Name?
    /// How many of the document's quotes it is the speaker of.
    var quotes = 0
  }

  /// How one document's mentions name a PERSON, ORG or LAW entity. Label, canonical name and surname
  /// are not kept: the key holds them, and the builder needs them only for an entity it has not seen.
  struct Name: Sendable, Equatable {
    /// The mentions' texts, each once, in the order they first appear.
    var aliases: [String] = []
    var mentions = 0
  }

  /// Label and canonical name read back from a key that ``key(_:_:)`` made.
  static func parts(of key: String) -> (label: EntityLabel, canonical: String)? {
    guard let bar = key.firstIndex(of: "|"), let label = EntityLabel(rawValue: String(key[..<bar])) else { return nil }
    return (label, String(key[key.index(after: bar)...]))
  }

  /// For a person's full name (more than one word), the slug of its last word, by which a surname alone elsewhere finds it.
  static func surname(of canonical: String, label: EntityLabel) -> String? {
    guard label == .person, canonical.utf8.contains(UInt8(ascii: " ")), let last = canonical.split(separator: " ").last else { return nil }
    return EntityID.slug(String(last))
  }

  let documentID: String
  let documentLine: String
  /// One line a mention, `entry TAB head TAB tail`: its JSON with the entity id left out between head and
  /// tail, and the place of its entry in ``entries`` (empty for a DATE or MONEY).
  let mentionLines: FragmentLines
  let mentionCount: Int
  /// One line a quote, `speaker entry TAB measure entries TAB head TAB middle`: its JSON with speaker and
  /// measures left out, and where their entries are.
  let quoteLines: FragmentLines
  let quoteCount: Int
  /// Every entity the lines refer to, in the order they first do.
  let entries: [Entry]

  /// Separates the fields of a line (a tab; compact JSON never holds a raw one), and the entries of a list.
  static let field: UInt8 = 0x09
  static let listSeparator: UInt8 = 0x1F

  static func key(_ label: EntityLabel, _ canonical: String) -> String { label.rawValue + "|" + canonical }

  /// An entity as a fragment files it while it is made.
  private struct EntityName: Hashable {
    let label: EntityLabel
    let canonical: String
  }
}

// In an extension, so that the memberwise initializer the reader below uses stays synthesised.
extension GraphFragment {
  public init(_ result: DocumentResult) {
    documentID = result.input.id
    documentLine = JSONValue.object([
      ("id", .string(result.input.id)),
      ("path", .string(result.input.path)),
      ("title", .string(result.title)),
      ("date", result.date.map { .string($0.iso) } ?? .null),
      ("sentences", .int(result.sentenceCount)),
    ]).serialized()
    let quotedID = JSONValue.string(result.input.id).serializedUTF8()
    var entries: [Entry] = []
    // Keyed by label and name apart: the key string is made once an entity, not once a mention.
    var places = [EntityName: Int](minimumCapacity: result.entities.count)
    func place(of label: EntityLabel, _ canonical: String) -> Int {
      let name = EntityName(label: label, canonical: canonical)
      if let place = places[name] { return place }
      entries.append(Entry(key: Self.key(label, canonical)))
      places[name] = entries.count - 1
      return entries.count - 1
    }
    mentionCount = result.entities.count
    // Written straight into bytes: joining strings per mention cost more than the rest of the fragment.
    var mentionLines: [UInt8] = []
    for mention in result.entities {
      if mention.label.isName {
        let place = place(of: mention.label, mention.canonical)
        if entries[place].name == nil { entries[place].name = Name() }
        entries[place].name!.mentions += 1
        if !entries[place].name!.aliases.contains(mention.text) { entries[place].name!.aliases.append(mention.text) }
        JSONValue.writeDecimalDigits(of: place, to: &mentionLines)
      }
      mentionLines.append(Self.field)
      mentionLines.append(#"{"document":"#)
      mentionLines.append(contentsOf: quotedID)
      mentionLines.append(#","entity":"#)
      mentionLines.append(Self.field)
      Self.append(#","label":"#, string: mention.label.rawValue, to: &mentionLines)
      Self.append(#","text":"#, string: mention.text, to: &mentionLines)
      Self.append(#","start":"#, int: mention.range.lowerBound, to: &mentionLines)
      Self.append(#","end":"#, int: mention.range.upperBound, to: &mentionLines)
      if let norm = mention.norm {
        mentionLines.append(#","norm":"#)
        AnnotationJSON.encode(norm).write(to: &mentionLines)
      }
      if let original = mention.conversionOf {
        Self.append(#","conversionOf":["#, int: original.lowerBound, to: &mentionLines)
        Self.append(",", int: original.upperBound, to: &mentionLines)
        mentionLines.append(UInt8(ascii: "]"))
      }
      mentionLines.append("}\n")
    }
    self.mentionLines = .bytes(mentionLines)
    var quoteLines: [UInt8] = []
    for (number, quote) in result.quotes.enumerated() {
      if let speaker = quote.speaker, let label = quote.speakerLabel {
        let place = place(of: label, speaker)
        entries[place].quotes += 1
        JSONValue.writeDecimalDigits(of: place, to: &quoteLines)
      }
      quoteLines.append(Self.field)
      for (index, measure) in quote.about.enumerated() {
        if index > 0 { quoteLines.append(Self.listSeparator) }
        JSONValue.writeDecimalDigits(of: place(of: .law, measure), to: &quoteLines)
      }
      quoteLines.append(Self.field)
      Self.append(#"{"id":"#, string: "quote:\(result.input.id):\(number + 1)", to: &quoteLines)
      quoteLines.append(#","document":"#)
      quoteLines.append(contentsOf: quotedID)
      Self.append(#","kind":"#, string: quote.kind.rawValue, to: &quoteLines)
      quoteLines.append(#","speaker":"#)
      quoteLines.append(Self.field)
      Self.append(#","speakerName":"#, string: quote.speaker, to: &quoteLines)
      Self.append(#","mention":"#, string: quote.mention, to: &quoteLines)
      Self.append(#","cue":"#, string: quote.cue, to: &quoteLines)
      Self.append(#","text":"#, string: quote.text, to: &quoteLines)
      Self.append(#","start":"#, int: quote.range.lowerBound, to: &quoteLines)
      Self.append(#","end":"#, int: quote.range.upperBound, to: &quoteLines)
      Self.append(#","sentence":"#, int: quote.sentence, to: &quoteLines)
      quoteLines.append(#","measures":"#)
      quoteLines.append(UInt8(ascii: "\n"))
    }
    self.quoteLines = .bytes(quoteLines)
    quoteCount = result.quotes.count
    self.entries = entries
  }

  /// Appends `prefix` (JSON punctuation and a key) and `value` as a JSON string, or `null`: the lines
  /// are written member by member, where a ``JSONValue`` for each cost more than the rest of the fragment.
  private static func append(_ prefix: StaticString, string value: String?, to bytes: inout [UInt8]) {
    bytes.append(prefix)
    if let value { JSONValue.escape(value, into: &bytes) } else { bytes.append("null") }
  }

  private static func append(_ prefix: StaticString, int value: Int, to bytes: inout [UInt8]) {
    bytes.append(prefix)
    JSONValue.writeDecimalDigits(of: value, to: &bytes)
  }

  // MARK: - As text, for the cache

  /// `D`, the document's id and line; an `E` line an entry: key and quotes, and for a named one its
  /// mentions and aliases; then `M` and `Q` with a count, then that many mention or quote lines as
  /// they are (so that reading them back is one copy each, checked on the way against the entries
  /// before them). Keys and spill lines never hold a tab or line break of their own; an alias is escaped.
  public var serialized: String {
    var bytes: [UInt8] = []
    write(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the bytes of ``serialized`` to `output`, which the cache writes to its file as they are.
  /// - Returns: where the mention and quote lines went in `output`.
  @discardableResult
  func write(to output: inout [UInt8]) -> (mentions: Range<Int>, quotes: Range<Int>) {
    output.append(contentsOf: "D\t".utf8)
    JSONValue.escape(documentID, into: &output)
    output.append(Self.field)
    output.append(contentsOf: documentLine.utf8)
    output.append(UInt8(ascii: "\n"))
    for entry in entries {
      output.append(contentsOf: "E\t\(entry.key)\t\(entry.quotes)".utf8)
      if let name = entry.name {
        output.append(contentsOf: "\t\(name.mentions)".utf8)
        for alias in name.aliases {
          output.append(Self.field)
          output.append(contentsOf: Self.escape(alias).utf8)
        }
      }
      output.append(UInt8(ascii: "\n"))
    }
    // Stored lines that can no longer be read leave their count unmet, so the bytes read back as no fragment.
    var buffer: [UInt8] = []
    output.append(contentsOf: "M\t\(mentionCount)\n".utf8)
    let mentionStart = output.count
    try? mentionLines.withBytes(readingInto: &buffer) { output.append(contentsOf: $0) }
    let mentions = mentionStart..<output.count
    output.append(contentsOf: "Q\t\(quoteCount)\n".utf8)
    let quoteStart = output.count
    try? quoteLines.withBytes(readingInto: &buffer) { output.append(contentsOf: $0) }
    return (mentions, quoteStart..<output.count)
  }

  /// Where the mention and quote lines of a fragment read back from the cache lie within its entry,
  /// which lies at `entryOffset` of the same pack; nil for lines held as bytes.
  func storedLines(withinEntryAt entryOffset: Int) -> (mentions: Range<Int>, quotes: Range<Int>)? {
    guard case .stored(_, let mentionOffset, let mentionLength) = mentionLines,
          case .stored(_, let quoteOffset, let quoteLength) = quoteLines else { return nil }
    return ((mentionOffset - entryOffset)..<(mentionOffset - entryOffset + mentionLength),
            (quoteOffset - entryOffset)..<(quoteOffset - entryOffset + quoteLength))
  }

  /// Reads back what ``serialized`` wrote; nil for anything else.
  public init?(serialized text: String) {
    var text = text
    guard let fragment = text.withUTF8({ Self.read($0) }) else { return nil }
    self = fragment
  }

  /// Reads back what ``serialized`` wrote, from its UTF-8 bytes, as the annotation cache keeps them.
  /// - Parameter storedAt: the file and offset the bytes were read from, where the fragment's lines then
  ///   stay until the graph is written; without one, they are copied.
  init?(serializedUTF8 bytes: UnsafeBufferPointer<UInt8>, storedAt origin: (file: PackFile, offset: Int)? = nil) {
    guard let fragment = Self.read(bytes, storedAt: origin) else { return nil }
    self = fragment
  }

  private static func read(_ bytes: UnsafeBufferPointer<UInt8>, storedAt origin: (file: PackFile, offset: Int)? = nil) -> GraphFragment? {
    var reader = FragmentReader(bytes: bytes, origin: origin)
    return reader.fragment()
  }

  /// `text` with ``escape(_:)``'s escapes undone: `text` itself when it holds no backslash, as nearly
  /// every name does (walking it by `Character` cost more than the rest of reading an entry).
  static func unescape(_ text: String) -> String {
    guard text.utf8.contains(0x5C) else { return text }
    var result = "", escaped = false
    for character in text {
      if escaped {
        switch character {
        case "t": result.append("\t")
        case "n": result.append("\n")
        case "r": result.append("\r")
        default: result.append(character)
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// A name's text on one line: backslash, tab and line breaks escaped.
  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
      .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
  }

}

/// Reads a serialised fragment on its UTF-8 bytes: the cache hands one over for every document a
/// run has seen before, and scanning a `String` by index for line breaks costs several times more.
private struct FragmentReader {
  let bytes: UnsafeBufferPointer<UInt8>
  /// Where `bytes` were read from, if they were: blocks of lines are then named there, not copied.
  let origin: (file: PackFile, offset: Int)?
  var position = 0

  init(bytes: UnsafeBufferPointer<UInt8>, origin: (file: PackFile, offset: Int)?) {
    self.bytes = bytes
    self.origin = origin
  }

  /// Where the next line break at or after `start` is, or the end.
  private func lineEnd(from start: Int) -> Int { bytes[...].index(ofByte: 0x0A, from: start) ?? bytes.count }

  private func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

  /// The number that `range` spells in decimal digits and nothing else, at most 18 of them.
  private func number(_ range: Range<Int>) -> Int? {
    bytes[...].decimalNumber(in: range, maxDigits: 18).map { Int($0) }
  }

  /// An `E` line's entry: `key TAB quotes`, then `TAB mentions (TAB alias)…` for a named one.
  /// Read on the bytes, field by field: a run reads an entry for every entity of every document it has seen before.
  private func entry(_ line: Range<Int>) -> GraphFragment.Entry? {
    var rest: Int? = line.lowerBound
    func nextField() -> Range<Int>? {
      guard let start = rest else { return nil }
      let (field, next) = bytes[line].field(from: start, endingAt: GraphFragment.field)
      rest = next
      return field
    }
    guard let keyField = nextField(), let quotesField = nextField(), let quotes = number(quotesField) else { return nil }
    let key = text(keyField)
    guard let mentionsField = nextField() else { return GraphFragment.Entry(key: key, quotes: quotes) }
    guard rest != nil, startsWithLabel(keyField), let mentions = number(mentionsField) else { return nil }
    var aliases: [String] = []
    while let field = nextField() { aliases.append(alias(field)) }
    return GraphFragment.Entry(key: key, name: GraphFragment.Name(aliases: aliases, mentions: mentions), quotes: quotes)
  }

  /// Whether a key begins with a label and a bar (`PERSON|`), as ``GraphFragment/parts(of:)`` reads it.
  private func startsWithLabel(_ key: Range<Int>) -> Bool {
    guard let bar = bytes[key].index(ofByte: UInt8(ascii: "|"), from: key.lowerBound) else { return false }
    let label = UnsafeBufferPointer(rebasing: bytes[key.lowerBound..<bar])
    return Self.labels.contains { $0.elementsEqual(label) }
  }

  private static let labels = EntityLabel.allCases.map { Array($0.rawValue.utf8) }

  private func alias(_ range: Range<Int>) -> String { GraphFragment.unescape(text(range)) }

  /// The next `count` lines as one block of bytes, each ending in its line break, as they are (the graph
  /// builder writes them out so): copied, or named where ``origin`` says they lie. Nil unless the first
  /// `fields` fields of every line are empty or list, between unit separators, places among `entries`
  /// entries: a damaged cache entry is no fragment, where the graph writer would index past a fragment's
  /// entries. One pass: the rest of a line is JSON, which names no entries, and is skipped with `memchr`.
  private mutating func block(_ count: Int, fields: Int, entries: Int) -> FragmentLines? {
    let start = position
    for _ in 0..<count {
      var field = 0, value = 0, digits = 0, inList = false
      scanning: while position < bytes.count {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
          value = value * 10 + Int(byte - UInt8(ascii: "0"))
          digits += 1
          guard digits <= 9, value < entries else { return nil }
        case GraphFragment.listSeparator:
          guard digits > 0 else { return nil }
          (value, digits, inList) = (0, 0, true)
        case GraphFragment.field:
          guard !inList || digits > 0 else { return nil }
          (field, value, digits, inList) = (field + 1, 0, 0, false)
          if field == fields { break scanning }
        case 0x0A:
          guard !inList || digits > 0 else { return nil }
          break scanning
        default:
          return nil
        }
        position += 1
      }
      guard let end = bytes[...].index(ofByte: 0x0A, from: position) else { return nil }
      position = end + 1
    }
    guard let origin else { return .bytes(Array(bytes[start..<position])) }
    return .stored(origin.file, offset: origin.offset + start, length: position - start)
  }

  mutating func fragment() -> GraphFragment? {
    var documentID: String?, documentLine = ""
    var mentionLines = FragmentLines.bytes([]), mentionCount = 0, quoteLines = FragmentLines.bytes([]), quoteCount = 0
    var entries: [GraphFragment.Entry] = []
    while position < bytes.count {
      let end = lineEnd(from: position)
      let line = position..<end
      position = min(end + 1, bytes.count)
      guard line.count >= 2 else {
        if line.isEmpty { continue }
        return nil
      }
      guard bytes[line.lowerBound + 1] == GraphFragment.field else { return nil }
      let body = (line.lowerBound + 2)..<line.upperBound
      switch bytes[line.lowerBound] {
      case UInt8(ascii: "D"):
        let parts = bytes[body].fields(separatedBy: GraphFragment.field, maxSplits: 1)
        guard parts.count == 2, let id = JSONValue.parse(Data(UnsafeBufferPointer(rebasing: bytes[parts[0]])))?.stringValue else { return nil }
        documentID = id
        documentLine = text(parts[1])
      case UInt8(ascii: "M"):
        guard let count = number(body), let lines = block(count, fields: 1, entries: entries.count) else { return nil }
        (mentionCount, mentionLines) = (count, lines)
      case UInt8(ascii: "Q"):
        guard let count = number(body), let lines = block(count, fields: 2, entries: entries.count) else { return nil }
        (quoteCount, quoteLines) = (count, lines)
      case UInt8(ascii: "E"):
        guard let entry = entry(body) else { return nil }
        entries.append(entry)
      default:
        return nil
      }
    }
    guard let documentID else { return nil }
    return GraphFragment(documentID: documentID, documentLine: documentLine, mentionLines: mentionLines, mentionCount: mentionCount,
                         quoteLines: quoteLines, quoteCount: quoteCount, entries: entries)
  }
}
