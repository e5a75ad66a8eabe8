import Foundation

/// A read-only map from words to values that looks up short ASCII words
/// without hashing a `String`.
///
/// The recognizers ask word lists about every token of every document, and
/// `String` hashing dominated those look-ups. A word of up to 15 ASCII bytes
/// is packed into two integers and found by open addressing; any other word
/// falls back to the dictionary, so answers are always the dictionary's own.
///
/// ```swift
/// let months = ASCIIWordTable(["May": 5, "June": 6])
/// months["May"]                // 5
/// months[lowercasing: "JUNE"]  // nil: the table's words are not lower case
/// ```
struct ASCIIWordTable<Value: Sendable>: Sendable {
  private struct Key: Equatable {
    /// Bytes 0–7 and bytes 8–14 with the length in the top byte, so that a
    /// trailing NUL still makes a different key.
    let low: UInt64, high: UInt64
  }

  /// A key and its value side by side, so that a probe of the vocabulary's
  /// 200,000 words touches one cache line; taken when `high` has ``taken`` set, which no key has.
  private struct Slot {
    var low: UInt64 = 0, high: UInt64 = 0
    var value: Value?
  }

  private let dictionary: [String: Value]
  private let slots: [Slot]
  private let shift: UInt64
  private static var taken: UInt64 { 1 << 63 }

  init(_ dictionary: [String: Value]) {
    self.dictionary = dictionary
    var capacity = 8
    while capacity < dictionary.count * 2 { capacity *= 2 }
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    var slots = [Slot](repeating: Slot(), count: capacity)
    for (word, value) in dictionary {
      // A word `String` equality makes one with an ASCII word is filed under it too (the Kelvin sign
      // under `K`): it is the word's canonical composition, so a short ASCII word missing from the
      // slots is in no form in the dictionary.
      guard let key = Self.key(word, lowercasing: false)
              ?? Self.key((word as NSString).precomposedStringWithCanonicalMapping, lowercasing: false) else { continue }
      var slot = Self.slot(key, shift: shift)
      while slots[slot].high != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Slot(low: key.low, high: key.high | Self.taken, value: value)
    }
    self.slots = slots
  }

  /// The value for `word`, as `dictionary[word]` gives it.
  subscript(word: String) -> Value? {
    guard let key = Self.key(word, lowercasing: false) else { return dictionary[word] }
    return find(key)
  }

  /// The value for `word.lowercased()`, as `dictionary[word.lowercased()]` gives it.
  subscript(lowercasing word: String) -> Value? {
    guard let key = Self.key(word, lowercasing: true) else { return dictionary[word.lowercased()] }
    return find(key)
  }

  /// The values for `word` as written and for `word.lowercased()`, packing the word once.
  func valuesAsWrittenAndLowerCased(_ word: String) -> (asWritten: Value?, lowerCased: Value?) {
    guard let key = Self.key(word, lowercasing: false) else {
      return (dictionary[word], dictionary[word.lowerCasedForLookup])
    }
    let asWritten = find(key)
    let folded = Key(low: Self.foldingCase(key.low), high: Self.foldingCase(key.high))
    return (asWritten, folded == key ? asWritten : find(folded))
  }

  private func find(_ key: Key) -> Value? {
    var slot = Self.slot(key, shift: shift)
    let high = key.high | Self.taken
    while slots[slot].high != 0 {
      if slots[slot].high == high && slots[slot].low == key.low { return slots[slot].value }
      slot = (slot + 1) & (slots.count - 1)
    }
    return nil
  }

  private static func slot(_ key: Key, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: ((key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)) >> shift)
  }

  /// The packed bytes of `word`, ASCII upper case folded when `lowercasing`
  /// (as `lowercased()` folds an ASCII word); nil for longer or non-ASCII words.
  private static func key(_ word: String, lowercasing: Bool) -> Key? {
    guard word.utf8.count <= 15 else { return nil }
    // Walking `String.UTF8View` costs tens of instructions a byte; the bytes in place a few.
    var word = word
    return word.withUTF8 { pack($0, lowercasing: lowercasing) }
  }

  private static func pack(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Key? {
    // Byte i lands at bits 8i of its word, as little-endian loads put it.
    var low: UInt64 = 0, high: UInt64 = 0
    let raw = UnsafeRawBufferPointer(bytes)
    withUnsafeMutableBytes(of: &low) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw.prefix(8))) }
    withUnsafeMutableBytes(of: &high) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw.dropFirst(8))) }
    guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
    high = UInt64(littleEndian: high) | UInt64(truncatingIfNeeded: bytes.count) &<< 56
    low = UInt64(littleEndian: low)
    return lowercasing ? Key(low: foldingCase(low), high: foldingCase(high)) : Key(low: low, high: high)
  }

  /// Eight ASCII bytes at once with `A`–`Z` made `a`–`z`: adding 0x3F sets a
  /// byte's top bit from `A` up, adding 0x25 from `[` up, and no byte carries
  /// into the next. The length byte (at most 15) and padding stay as they are.
  private static func foldingCase(_ bytes: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let fromA = bytes &+ ones &* 0x3F, pastZ = bytes &+ ones &* 0x25
    return bytes | ((fromA & ~pastZ & (ones &* 0x80)) &>> 2)
  }
}

extension ASCIIWordTable where Value == Bool {
  /// A set of words: each maps to true.
  init(_ words: Set<String>) {
    self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
  }

  /// Whether `word` is in the set, as `Set.contains(word)` says.
  func contains(_ word: String) -> Bool { self[word] != nil }

  /// Whether `word.lowercased()` is in the set.
  func contains(lowercasing word: String) -> Bool { self[lowercasing: word] != nil }
}
