import Foundation

/// A read-only map from words to values that looks up short ASCII words
/// without hashing a `String`.
///
/// The recognizers ask word lists about every token of every document, and
/// `String` hashing dominated those look-ups. A word of up to 15 ASCII bytes
/// is packed into two integers (``PackedWord``) and found by open addressing; any other word
/// is kept in a dictionary. Answers are a dictionary's: `String` equality
/// makes canonically equivalent words one.
///
/// ```swift
/// let months = ASCIIWordTable(["May": 5, "June": 6])
/// months["May"]                // 5
/// months[lowercasing: "JUNE"]  // nil: the table's words are not lower case
/// ```
struct ASCIIWordTable<Value: Sendable>: Sendable {
  /// A key and its value side by side, so that a probe of the vocabulary's
  /// 200,000 words touches one cache line; taken when `high` has ``taken`` set, which no key has.
  private struct Slot {
    var low: UInt64 = 0, high: UInt64 = 0
    var value: Value?
  }

  /// The words that do not pack: longer or not ASCII.
  private var others: [String: Value] = [:]
  /// The slots of a table built in memory; empty when they are read from a mapped snapshot.
  private var slots: [Slot]
  /// The snapshot file whose slots, from `slotsStart` on, a table read from one looks words up in, in place.
  private var mapping: (snapshot: MappedSnapshot, slotsStart: Int)?
  private let shift: UInt64
  private static var taken: UInt64 { 1 << 63 }

  init(_ dictionary: [String: Value]) {
    self.init(capacity: dictionary.count)
    for (word, value) in dictionary { insert(word, value, merging: { _, new in new }) }
  }

  /// Room for `count` words without growing.
  private init(capacity count: Int) {
    var capacity = 8
    while capacity < count * 2 { capacity *= 2 }
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    slots = [Slot](repeating: Slot(), count: capacity)
  }

  private mutating func insert(_ word: String, _ value: Value, merging merge: (Value, Value) -> Value) {
    guard let key = Self.keyOfEquivalent(word) else {
      others[word] = others[word].map { merge($0, value) } ?? value
      return
    }
    insert(key, value, merging: merge)
  }

  private mutating func insert(_ key: PackedWord, _ value: Value, merging merge: (Value, Value) -> Value) {
    var slot = key.slot(shift: shift)
    let high = key.high | Self.taken
    while slots[slot].high != 0, slots[slot].high != high || slots[slot].low != key.low { slot = (slot + 1) & (slots.count - 1) }
    slots[slot].value = slots[slot].value.map { merge($0, value) } ?? value
    (slots[slot].low, slots[slot].high) = (key.low, high)
  }

  /// The value for `word`, as a dictionary of the table's words gives it (canonically equivalent words are one).
  subscript(word: String) -> Value? {
    guard let key = Self.keyOfEquivalent(word) else { return others[word] }
    return find(key)
  }

  /// The value for the word `key` packs: `self[word]` for a word that packs to `key`, for a caller that
  /// looks one word up in several tables.
  subscript(packed key: PackedWord) -> Value? { find(key) }

  /// The value for `word.lowercased()`.
  subscript(lowercasing word: String) -> Value? {
    guard let key = PackedWord(word)?.lowercased else { return self[word.lowercased()] }
    return find(key)
  }

  /// The values for `word` as written and for `word.lowercased()`, packing the word once.
  func valuesAsWrittenAndLowerCased(_ word: String) -> (asWritten: Value?, lowerCased: Value?) {
    guard let key = PackedWord(word) else { return (self[word], self[lowercasing: word]) }
    let asWritten = find(key)
    let folded = key.lowercased
    return (asWritten, folded == key ? asWritten : find(folded))
  }

  /// The key of `word`, or of the ASCII word it is canonically equivalent to.
  private static func keyOfEquivalent(_ word: String) -> PackedWord? {
    PackedWord(word) ?? asciiEquivalent(of: word).flatMap { PackedWord($0) }
  }

  /// The ASCII word that `String` equality makes `word` one with, when `word` is not ASCII itself
  /// (`K` for the Kelvin sign). Only three scalars decompose canonically to ASCII alone; any other
  /// leaves a combining mark or a base letter beyond ASCII.
  private static func asciiEquivalent(of word: String) -> String? {
    var scalars = String.UnicodeScalarView()
    var changed = false
    for scalar in word.unicodeScalars {
      guard let ascii = asciiScalar(equivalentTo: scalar) else { return nil }
      changed = changed || ascii != scalar
      scalars.append(ascii)
    }
    return changed ? String(scalars) : nil
  }

  private static func asciiScalar(equivalentTo scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0..<0x80: return scalar
    case 0x212A: return "K"
    case 0x037E: return ";"
    case 0x1FEF: return "`"
    default: return nil
    }
  }

  private func find(_ key: PackedWord) -> Value? {
    withSlots { Self.find(key, in: $0, shift: shift) }
  }

  /// The slots, wherever they are: in the table's array, or in its snapshot's mapped pages.
  private func withSlots<Result>(_ body: (UnsafeBufferPointer<Slot>) throws -> Result) rethrows -> Result {
    if let mapping { return try body(mapping.snapshot.slots(of: Slot.self, from: mapping.slotsStart)) }
    return try slots.withUnsafeBufferPointer(body)
  }

  /// At most one probe a slot: a table is at most half full, but a damaged snapshot's may not be.
  private static func find(_ key: PackedWord, in slots: UnsafeBufferPointer<Slot>, shift: UInt64) -> Value? {
    var slot = key.slot(shift: shift)
    let high = key.high | Self.taken
    for _ in 0..<slots.count {
      guard slots[slot].high != 0 else { return nil }
      if slots[slot].high == high && slots[slot].low == key.low { return slots[slot].value }
      slot = (slot + 1) & (slots.count - 1)
    }
    return nil
  }

}

/// The words of one list for ``ASCIIWordTable/init(unionOf:)``: strings, or the items of a list file as its bytes hold them.
enum WordListSource {
  case words([String])
  case items(GazetteerItems)
}

extension ASCIIWordTable where Value: SetAlgebra {
  /// Each word of the lists with the union of the values of the lists it is on.
  init(unionOf lists: [(words: [String], value: Value)]) {
    self.init(unionOf: lists.map { (WordListSource.words($0.words), $0.value) })
  }

  /// Each word of the lists with the union of the values of the lists it is on; a list file's items are
  /// packed from its bytes, and only those that do not pack are made into strings.
  init(unionOf lists: [(words: WordListSource, value: Value)]) {
    var entries = Entries()
    entries.packed.reserveCapacity(lists.reduce(0) { total, list in
      switch list.words {
      case .words(let words): total + words.count
      case .items(let items): total + items.maximumCount
      }
    })
    for (words, value) in lists {
      switch words {
      case .words(let words):
        for word in words { entries.add(word, value) }
      case .items(let items):
        items.forEach { entries.add(utf8: $0, value) }
      }
    }
    self.init(capacity: entries.packed.count + entries.otherCount)
    others = entries.others
    insertInSlotOrder(entries.packed, merging: { $0.union($1) })
  }

  /// A table's words and values before they take their slots: packed, or kept as strings when they do not pack.
  private struct Entries {
    var packed: [(key: PackedWord, value: Value)] = []
    var others: [String: Value] = [:]
    var otherCount = 0

    mutating func add(_ word: String, _ value: Value) {
      if let key = ASCIIWordTable.keyOfEquivalent(word) {
        packed.append((key, value))
      } else {
        others[word] = others[word].map { $0.union(value) } ?? value
        otherCount += 1
      }
    }

    mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
      if let key = PackedWord(utf8: bytes) {
        packed.append((key, value))
      } else {
        add(String(decoding: bytes, as: UTF8.self), value)
      }
    }
  }
}

extension ASCIIWordTable {
  /// Inserts `entries` one region of the table at a time, in the order of the
  /// slots they hash to. In list order every insert into the vocabulary's
  /// 12 MB touched a random cache line and page, and filling it was most of
  /// a lexicon's load; a region is 48 KB. The order comes from a counting
  /// sort on the region, stable, so equal keys merge in list order; it is a
  /// list of places, not a sorted copy of the entries, to keep the load's peak memory down.
  private mutating func insertInSlotOrder(_ entries: [(key: PackedWord, value: Value)], merging merge: (Value, Value) -> Value) {
    let regionShift = max(0, slots.count.trailingZeroBitCount - 8)
    let regions = entries.map { UInt8(truncatingIfNeeded: $0.key.slot(shift: shift) >> regionShift) }
    var next = [Int](repeating: 0, count: 257)
    for region in regions { next[Int(region) + 1] += 1 }
    for region in 1..<next.count { next[region] += next[region - 1] }
    var order = [Int32](repeating: 0, count: entries.count)
    for (index, region) in regions.enumerated() {
      order[next[Int(region)]] = Int32(index)
      next[Int(region)] += 1
    }
    for index in order { insert(entries[Int(index)].key, entries[Int(index)].value, merging: merge) }
  }
}

// MARK: Snapshots

extension ASCIIWordTable where Value == WordClasses {
  private static var snapshotMagic: [UInt8] { Array("ClaimGraph vocabulary 2\n".utf8) }
  /// Where the slots start in a snapshot: a multiple of this, as a mapping is page-aligned.
  private static var slotAlignment: Int { 64 }

  /// The table as bytes that ``init(mappingSnapshotAt:key:)`` reads back when given the same `key`:
  /// the words kept apart, then the slots as they lie in memory, so that a run looks words up in
  /// the file's pages and reads only those it asks about. A key names the binary that wrote the
  /// snapshot (see `Lexicon`), so the slots' layout is the reader's own.
  ///
  /// `body` is given the snapshot in two pieces, to be written one after the other: the header (the
  /// words kept apart, padded to the slots' alignment), then the slots where they are, not copied.
  func withSnapshot<Result>(key: String, _ body: (_ header: UnsafeRawBufferPointer, _ slots: UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    var bytes = Self.snapshotMagic
    func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    append(UInt32(key.utf8.count))
    bytes.append(contentsOf: key.utf8)
    append(UInt64(MemoryLayout<Slot>.stride))
    append(UInt64(withSlots(\.count)))
    append(UInt64(others.count))
    // In the dictionary's order: any order reads back as the same table, and sorting ten thousand words
    // (moving strings about) cost a tenth of building the vocabulary.
    for (word, value) in others {
      append(UInt32(word.utf8.count))
      bytes.append(contentsOf: word.utf8)
      append(value.rawValue)
    }
    bytes.append(contentsOf: repeatElement(0, count: (Self.slotAlignment - bytes.count % Self.slotAlignment) % Self.slotAlignment))
    return try bytes.withUnsafeBytes { header in try withSlots { try body(header, UnsafeRawBufferPointer($0)) } }
  }

  /// The snapshot's bytes in one array.
  func snapshot(key: String) -> [UInt8] {
    withSnapshot(key: key) { Array($0) + Array($1) }
  }

  /// The table in the snapshot file at `path`, its slots mapped from the file rather than read, or nil when
  /// the file is not one made under `key` (another build or other gazetteers), or is cut short or grown.
  ///
  /// Slots are not checked one by one, which would read every page: a damaged one misfiles a word, and
  /// look-ups end however many slots are taken. The cache replaces the file whole, never edits it in place.
  init?(mappingSnapshotAt path: String, key: String) {
    guard let mapping = MappedSnapshot(path), let table = Self.read(mapping, key: key) else { return nil }
    self = table
  }

  private static func read(_ mapping: MappedSnapshot, key: String) -> ASCIIWordTable? {
    var reader = SnapshotReader(bytes: mapping.bytes)
    guard reader.bytes(snapshotMagic.count).map(Array.init) == snapshotMagic,
          let keyLength = reader.integer(UInt32.self), reader.bytes(Int(keyLength)).map(Array.init) == Array(key.utf8),
          reader.integer(UInt64.self) == UInt64(MemoryLayout<Slot>.stride),
          let slotCount = reader.integer(UInt64.self), slotCount >= 8, slotCount <= 1 << 28, slotCount.nonzeroBitCount == 1,
          let otherCount = reader.integer(UInt64.self), otherCount <= 1 << 24 else { return nil }
    var others: [String: WordClasses] = [:]
    for _ in 0..<otherCount {
      guard let length = reader.integer(UInt32.self), let word = reader.bytes(Int(length)).flatMap({ String(validating: $0, as: UTF8.self) }),
            let value = reader.integer(UInt32.self) else { return nil }
      others[word] = WordClasses(rawValue: value)
    }
    guard reader.bytes((slotAlignment - reader.offset % slotAlignment) % slotAlignment) != nil,
          mapping.bytes.count - reader.offset == Int(slotCount) * MemoryLayout<Slot>.stride else { return nil }
    return ASCIIWordTable(mapping: mapping, slotsStart: reader.offset, slotCount: Int(slotCount), others: others)
  }
}

extension ASCIIWordTable {
  /// A table whose slots are `mapping`'s from `slotsStart` on.
  private init(mapping: MappedSnapshot, slotsStart: Int, slotCount: Int, others: [String: Value]) {
    slots = []
    self.mapping = (mapping, slotsStart)
    self.others = others
    shift = UInt64(64 - slotCount.trailingZeroBitCount)
  }
}

/// A snapshot file mapped read-only into memory, unmapped when the last table that reads it goes.
private final class MappedSnapshot: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer

  init?(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
          let base = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0),
          base != UnsafeMutableRawPointer(bitPattern: -1) /* MAP_FAILED */ else { return nil }
    bytes = UnsafeRawBufferPointer(start: base, count: Int(status.st_size))
  }

  deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }

  /// The slots that fill the file from `start` on.
  func slots<Slot>(of _: Slot.Type, from start: Int) -> UnsafeBufferPointer<Slot> {
    UnsafeBufferPointer(start: (bytes.baseAddress! + start).assumingMemoryBound(to: Slot.self), count: (bytes.count - start) / MemoryLayout<Slot>.stride)
  }
}

/// Reads a snapshot's little-endian integers and byte runs, nil past its end.
private struct SnapshotReader {
  let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T? {
    guard let run = self.bytes(MemoryLayout<T>.size) else { return nil }
    return T(littleEndian: run.loadUnaligned(as: T.self))
  }

  mutating func bytes(_ count: Int) -> UnsafeRawBufferPointer? {
    guard count >= 0, count <= bytes.count - offset else { return nil }
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
  }
}
