import Foundation

/// The data lines of one gazetteer file: `#` comments and blank lines
/// dropped, each line split on tabs, with its line number kept for errors.
struct GazetteerFile {
  struct Line {
    let number: Int
    let fields: [String]
  }

  let path: String
  /// Each data line's number and text; `plain` when the text is one field with nothing to trim,
  /// as most lines of the large lists are: they need no array of fields.
  private let dataLines: [(number: Int, text: String, plain: Bool)]

  var lines: [Line] {
    dataLines.map { Line(number: $0.number, fields: $0.plain ? [$0.text] : Self.fields(of: $0.text)) }
  }

  /// Every line's first field, for one-item-a-line lists.
  var items: [String] { dataLines.map { $0.plain ? $0.text : Self.fields(of: $0.text)[0] } }

  fileprivate static func fields(of text: String) -> [String] {
    text.split(separator: "\t", omittingEmptySubsequences: false).map { String(trimmingWhitespace($0)) }
  }

  /// `text` without the white space at either end that `CharacterSet.whitespaces` names: Foundation's
  /// trimming bridged each field of the lexicon's tables. Its set is CoreFoundation's: tab, the space
  /// separators, and the zero-width space, a space separator once; no line breaks.
  static func trimmingWhitespace(_ text: Substring) -> Substring.UnicodeScalarView {
    func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
      default: false
      }
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isWhitespace($0) }), let last = scalars.lastIndex(where: { !isWhitespace($0) }) else {
      return scalars[scalars.endIndex...]
    }
    return scalars[first...last]
  }

  init(directory: String, name: String) throws(GazetteerError) {
    let path = (directory as NSString).appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(file: path) }
    try self.init(path: path, data: data)
  }

  /// The file at `path`, whose bytes are `data`, already read.
  init(path: String, data: Data) throws(GazetteerError) {
    try Self.validate(data, path: path)
    self.path = path
    var lines: [(number: Int, text: String, plain: Bool)] = []
    Self.forEachDataLine(in: data) { number, line, text in
      lines.append((number, text ?? String(decoding: line, as: UTF8.self), text == nil))
    }
    dataLines = lines
  }

  static func validate(_ data: Data, path: String) throws(GazetteerError) {
    guard String(data: data, encoding: .utf8) != nil else { throw .unreadable(file: path) }
  }

  /// Calls `body` with each data line's number and bytes (without its line break), and for a line that is
  /// not one plain item (white space at an end, or a tab) its text; comments and blank lines are skipped.
  /// `data` must be UTF-8.
  fileprivate static func forEachDataLine(in data: Data, _ body: (Int, UnsafeBufferPointer<UInt8>, String?) -> Void) {
    // The large lists have a hundred thousand lines: find them on the bytes in place (memchr), not by `Character`.
    data.withUnsafeBytes { raw in
      let bytes = raw.assumingMemoryBound(to: UInt8.self)
      var start = 0, number = 0
      while start <= bytes.count {
        let end = bytes[...].index(ofByte: 0x0A, from: start) ?? bytes.count
        number += 1
        var lineEnd = end
        if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
        start = end + 1
        guard let first = line.first, first != UInt8(ascii: "#") else { continue }
        // Most lines of the large lists are one plain item: skip the trimming for them. An end beyond
        // ASCII may be a no-break or other space, which only the trimming knows.
        let isPlainEnd: (UInt8) -> Bool = { $0 != 0x20 && $0 != 0x09 && $0 < 0x80 }
        if isPlainEnd(first), isPlainEnd(line.last!), memchr(line.baseAddress!, 0x09, line.count) == nil {
          body(number, line, nil)
          continue
        }
        let text = String(decoding: line, as: UTF8.self)
        let trimmed = Self.trimmingWhitespace(text[...])
        if trimmed.isEmpty || trimmed.first == "#" { continue }
        body(number, line, text)
      }
    }
  }

  /// Lines with exactly `count` fields (a trailing field may be empty when `optionalLast`).
  func records(fields count: Int, optionalLast: Bool = false) throws(GazetteerError) -> [Line] {
    let lines = self.lines
    for line in lines {
      let ok = line.fields.count == count || (optionalLast && line.fields.count == count - 1)
      if !ok {
        throw .malformed(file: path, line: line.number, problem: "expected \(count) tab-separated fields, found \(line.fields.count)")
      }
    }
    return lines
  }

  func fail(_ line: Line, _ problem: String) -> GazetteerError {
    .malformed(file: path, line: line.number, problem: problem)
  }
}

/// A one-item-a-line list kept as its bytes: the vocabulary's large lists,
/// whose hundred thousand items are packed into its table straight from the
/// lines (see ``ASCIIWordTable/init(unionOf:)``); making each a `String`
/// first, and freeing them after, was most of building the vocabulary.
struct GazetteerItems {
  private let data: Data

  /// Calls `body` with each item's UTF-8 bytes, the items ``GazetteerFile/items`` gives, in order.
  func forEach(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    GazetteerFile.forEachDataLine(in: data) { _, line, text in
      guard let text else { return body(line) }
      var item = GazetteerFile.fields(of: text)[0]
      item.withUTF8(body)
    }
  }

  /// How many items there are at most: the file's lines, counted without reading them.
  var maximumCount: Int {
    data.withUnsafeBytes { raw in
      let bytes = raw.assumingMemoryBound(to: UInt8.self)
      var count = 1, start = 0
      while let lineBreak = bytes[...].index(ofByte: 0x0A, from: start) {
        count += 1
        start = lineBreak + 1
      }
      return count
    }
  }

  fileprivate init(data: Data) { self.data = data }
}

/// Every file of a gazetteer folder, read at once; ``parsed()`` splits them
/// into lines, each on its own thread, since the large lists take most of
/// the lexicon's start-up. Reading is apart from splitting so that the
/// fingerprint, which a run's cache needs first, comes before the slow part.
/// What a file holds does not depend on the order they are split in, and
/// problems are thrown only when a file is asked for, so the first one
/// reported is the same as reading them in turn.
struct GazetteerFolder: Sendable {
  let directory: String
  /// A hash of every file's name and bytes, in name order.
  let fingerprint: String
  private let contents: [String: Data]
  /// Every file split into lines, once ``parsed()`` has done it.
  private var files: [String: Result<GazetteerFile, GazetteerError>]?

  /// The folder at `directory`, which must exist.
  init(existing directory: String) throws(GazetteerError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .missingDirectory(directory)
    }
    self.init(directory: directory)
  }

  init(directory: String) {
    self.directory = directory
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    var hash = ContentHash()
    var contents: [String: Data] = [:]
    for name in names {
      // `FileBytes`: a run waits for these files before it can key a single cached document, and
      // Foundation's reader makes several times the system calls.
      let data: Data
      switch FileBytes.read(directory + "/" + name) {
      case .bytes(let bytes, _): data = bytes
      case .empty: data = Data()
      case .tooLarge, .notARegularFile, .unreadable: continue
      }
      hash.combine(name)
      hash.combine(data)
      contents[name] = data
    }
    fingerprint = hash.hex
    self.contents = contents
  }

  /// The folder with every file but those `skipping` names split into lines, each on its own thread.
  func parsed(skipping: Set<String> = []) -> GazetteerFolder {
    let names = contents.keys.filter { !skipping.contains($0) }
    let slots = ResultSlots<Result<GazetteerFile, GazetteerError>>(count: names.count)
    DispatchQueue.concurrentPerform(iterations: names.count) { index in
      slots[index] = parse(names[index])
    }
    var folder = self
    folder.files = Dictionary(uniqueKeysWithValues: zip(names, slots.values))
    return folder
  }

  private func parse(_ name: String) -> Result<GazetteerFile, GazetteerError> {
    let path = (directory as NSString).appendingPathComponent(name)
    guard let data = contents[name] else { return Result { () throws(GazetteerError) in try GazetteerFile(directory: directory, name: name) } }
    return Result { () throws(GazetteerError) in try GazetteerFile(path: path, data: data) }
  }

  /// The items of the one-item-a-line list `name`, which ``parsed(skipping:)`` was told to skip.
  func items(_ name: String) throws(GazetteerError) -> GazetteerItems {
    let path = (directory as NSString).appendingPathComponent(name)
    guard let data = contents[name] ?? FileManager.default.contents(atPath: path) else { throw .unreadable(file: path) }
    try GazetteerFile.validate(data, path: path)
    return GazetteerItems(data: data)
  }

  /// The file `name`, as read when the folder was; a file that was not there is looked for again, to say why.
  func file(_ name: String) throws(GazetteerError) -> GazetteerFile {
    try (files?[name] ?? parse(name)).get()
  }
}
