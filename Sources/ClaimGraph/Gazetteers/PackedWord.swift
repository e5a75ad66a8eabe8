/// A word of up to 15 ASCII bytes packed into two integers: the key by
/// which the word tables (``ASCIIWordTable``, ``PhraseTable``, ``WordMemo``)
/// file short words, where hashing a `String` cost most of a look-up.
///
/// Byte *i* lands at bits 8*i* of `low` (bytes 0–7) or of `high` (bytes 8–14),
/// as little-endian loads put it, and the length in `high`'s top byte, so that
/// a trailing NUL still makes another word and only the empty word's key is zero.
///
/// ```swift
/// PackedWord("Astana")                     // packed
/// PackedWord("ASTANA")?.lowercased == PackedWord("astana")
/// PackedWord("Қазақстан")                  // nil: not ASCII
/// ```
struct PackedWord: Hashable {
  let low: UInt64, high: UInt64

  init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// The word whose UTF-8 bytes are `bytes`; nil when there are more than 15 or one is not ASCII.
  init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= 15 else { return nil }
    // Copied by count from the base address: a byte at a time, or slicing the buffer, cost more than the rest of a look-up.
    var low: UInt64 = 0, high: UInt64 = 0
    if let base = bytes.baseAddress {
      withUnsafeMutableBytes(of: &low) { $0.baseAddress!.copyMemory(from: base, byteCount: min(bytes.count, 8)) }
      if bytes.count > 8 { withUnsafeMutableBytes(of: &high) { $0.baseAddress!.copyMemory(from: base + 8, byteCount: bytes.count - 8) } }
    }
    guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
    self.init(low: UInt64(littleEndian: low), high: UInt64(littleEndian: high) | UInt64(truncatingIfNeeded: bytes.count) &<< 56)
  }

  /// `word`, packed; nil when it is longer than 15 bytes or not ASCII.
  init?(_ word: String) {
    guard let packed = word.withUTF8Bytes({ PackedWord(utf8: $0) }) else { return nil }
    self = packed
  }

  /// The word that `scalars` spell; nil when there are more than 15 or one is not ASCII.
  init?(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    guard scalars.count <= 15 else { return nil }
    var low: UInt64 = 0, high = UInt64(truncatingIfNeeded: scalars.count) &<< 56
    var asciiTest: UInt32 = 0
    for index in 0..<min(scalars.count, 8) {
      asciiTest |= scalars[index].value
      low |= UInt64(truncatingIfNeeded: scalars[index].value) &<< (8 * index)
    }
    for index in min(scalars.count, 8)..<scalars.count {
      asciiTest |= scalars[index].value
      high |= UInt64(truncatingIfNeeded: scalars[index].value) &<< (8 * (index - 8))
    }
    guard asciiTest < 0x80 else { return nil }
    self.init(low: low, high: high)
  }

  /// The word with `A`–`Z` made `a`–`z`, as `lowercased()` makes an ASCII word.
  var lowercased: PackedWord { PackedWord(low: Self.foldingCase(low), high: Self.foldingCase(high)) }

  /// A table slot for the word among 2^(64 − `shift`): its bytes multiplied and mixed, the top bits kept.
  func slot(shift: UInt64, mixing extra: UInt64 = 0) -> Int {
    Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ (extra &* 0x1656_67B1_9E37_79F9)) >> shift)
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
