import Foundation

/// The items of one of graph.json's arrays, from the graph builder's spill
/// file and the lines it held: documents as they are, mentions and quotes
/// with the ordinals of their entities replaced by the entities' ids.
///
/// On bytes, not `String`s, one `emit` a chunk: the spill files hold a line
/// per mention and quote.
struct SpillSection {
  enum Kind: Sendable {
    /// A line a document, as it is.
    case documents
    /// `entry TAB head TAB tail` → head, the entity's id (or null), tail.
    case mentions
    /// `speaker entry TAB measure entries TAB head TAB middle` → head, speaker id, middle, measure ids.
    case quotes
  }

  /// Starts a line that maps the entries of the fragment whose lines follow to ordinals; an item's line starts with a digit or a tab.
  static let headerMark = UInt8(ascii: "#")

  let kind: Kind
  /// Every entity's id as a JSON string, by ordinal.
  let quotedIDs: PackedByteStrings
  /// The ordinals of the entries of the fragment whose lines are being read.
  private var entryOrdinals: [Int] = []
  /// Whether an item has been rendered: the items after the first follow a comma.
  private var started = false
  /// Set by a line that names an entry its fragment does not have, or names one by anything but digits:
  /// lines read back from the cache's packs are checked here, as they are rendered.
  private(set) var damaged = false

  init(_ kind: Kind, quotedIDs: PackedByteStrings = PackedByteStrings([[UInt8]]())) {
    self.kind = kind
    self.quotedIDs = quotedIDs
  }

  /// Renders a held document line as an item.
  mutating func render(_ line: String, to sink: inout some ByteSink) {
    var line = line
    sink.append { output in line.withUTF8 { render(line: $0[...], to: &output) } }
  }

  /// Renders a fragment's held `lines`, whose entries have the ordinals `entryOrdinals`, as items.
  /// - Returns: how many lines there were, each ended by a line break (bytes after the last are no line).
  @discardableResult
  mutating func render(_ lines: UnsafeBufferPointer<UInt8>, entryOrdinals: [Int], to sink: inout some ByteSink) -> Int {
    guard !lines.isEmpty else { return 0 }
    self.entryOrdinals = entryOrdinals
    var count = 0, end = 0
    sink.append { output in
      while let newline = lines[...].index(ofByte: 0x0A, from: end) {
        // A fragment's own lines hold no header: one there is damage.
        render(line: lines[end..<newline], headers: false, to: &output)
        count += 1
        end = newline + 1
      }
    }
    damaged = damaged || end != lines.count
    return count
  }

  /// Streams `file`'s lines as items, reading `chunkSize` bytes at a time.
  mutating func render(_ file: URL, chunkSize: Int = 1 << 20, to sink: inout some ByteSink) throws {
    // The start of a line that the next chunk ends; every other line goes from the chunk read straight into the sink.
    var carried: [UInt8] = []
    try FileBytes.forEachChunk(of: file.path, chunkSize: chunkSize) { chunk in
      sink.append { output in
        var start = 0
        if !carried.isEmpty {
          guard let newline = chunk[...].index(ofByte: 0x0A, from: 0) else {
            carried.append(contentsOf: chunk)
            return
          }
          carried.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<newline]))
          carried.withUnsafeBufferPointer { render(line: $0[...], to: &output) }
          carried.removeAll(keepingCapacity: true)
          start = newline + 1
        }
        while let newline = chunk[...].index(ofByte: 0x0A, from: start) {
          render(line: chunk[start..<newline], to: &output)
          start = newline + 1
        }
        carried.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start...]))
      }
    }
  }

  /// Closes the items (without the array's bracket), once every line is rendered.
  func finish(to sink: inout some ByteSink) {
    if started { sink.append(text: "\n  ") }
  }

  /// One line: a header, which maps the entries of the lines after it, or an item.
  /// - Parameter headers: whether a header may come (in a spill file), or is damage (in a fragment's lines).
  private mutating func render(line: UnsafeBufferPointer<UInt8>.SubSequence, headers: Bool = true, to output: inout [UInt8]) {
    if !line.isEmpty, line[line.startIndex] == Self.headerMark {
      let ordinals = line.dropFirst().split(separator: UInt8(ascii: " ")).map(Self.number)
      let known = ordinals.map { $0.flatMap { $0 < quotedIDs.count ? $0 : nil } }
      damaged = damaged || !headers || known.contains(nil)
      entryOrdinals = known.map { $0 ?? 0 }
      return
    }
    output.append(started ? ",\n    " : "\n    ")
    appendItem(line, to: &output)
    started = true
  }

  private mutating func appendItem(_ line: UnsafeBufferPointer<UInt8>.SubSequence, to output: inout [UInt8]) {
    var start = line.startIndex
    switch kind {
    case .documents:
      Self.append(line, to: &output)
    case .mentions:
      let entry = Self.field(of: line, from: &start), head = Self.field(of: line, from: &start)
      Self.append(head, to: &output)
      appendID(ofEntry: entry, to: &output)
      Self.append(line[start...], to: &output)
    case .quotes:
      let speaker = Self.field(of: line, from: &start), measures = Self.field(of: line, from: &start)
      Self.append(Self.field(of: line, from: &start), to: &output)
      appendID(ofEntry: speaker, to: &output)
      Self.append(line[start...], to: &output)
      output.append(UInt8(ascii: "["))
      if !measures.isEmpty {
        for (index, entry) in measures.split(separator: GraphFragment.listSeparator, omittingEmptySubsequences: false).enumerated() {
          if index > 0 { output.append(UInt8(ascii: ",")) }
          appendID(ofEntry: entry, to: &output)
        }
      }
      output.append("]}")
    }
  }

  /// Appends the quoted id of the entity a line's entry names, or `null` for no entry (or a damaged one).
  private mutating func appendID(ofEntry entry: UnsafeBufferPointer<UInt8>.SubSequence, to output: inout [UInt8]) {
    guard !entry.isEmpty else { return output.append("null") }
    guard let place = Self.number(entry), place < entryOrdinals.count else {
      damaged = true
      return output.append("null")
    }
    quotedIDs.append(entryOrdinals[place], to: &output)
  }

  /// The decimal number `digits` spell, at most nine of them; nil for anything else. A loop of its own,
  /// not `Slice.decimalNumber(in:maxDigits:)`: it runs for every mention and quote line the graph
  /// renders, and the shared one made an incremental run over 1,000 documents 4–7 ms slower.
  private static func number(_ digits: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    var value = 0
    for byte in digits {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }

  /// The field of a spill line that begins at `start` (up to the next tab, or the end); moves `start` past it.
  private static func field(of line: UnsafeBufferPointer<UInt8>.SubSequence, from start: inout Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
    let (field, next) = line.field(from: start, endingAt: GraphFragment.field)
    start = next ?? line.endIndex
    return line[field]
  }

  /// Appends `bytes` by one copy: appending the slice itself copies it a byte at a time.
  private static func append(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, to output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes))
  }

}
