/// A 128-bit hash, as 32 hexadecimal digits: stable across runs and
/// machines, for cache keys. Not for security.
///
/// Every byte of every document passes here on each run, cached or not, so
/// it takes eight bytes a step in two independent lanes (multiply, rotate),
/// where a byte at a time (FNV-1a, its first form) cost a fifth of an
/// incremental run's work.
public struct ContentHash: Sendable {
  private var first: UInt64 = 0x243F_6A88_85A3_08D3
  private var second: UInt64 = 0x1319_8A2E_0370_7344
  private static let multipliers: (first: UInt64, second: UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F)

  public init() {}

  public mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    // Over contiguous storage (Data, arrays) in place; other sequences are copied into an array first.
    if bytes.withContiguousStorageIfAvailable({ mix($0) }) == nil {
      Array(bytes).withUnsafeBufferPointer { mix($0) }
    }
  }

  public mutating func combine(_ text: String) { combine(text.utf8) }

  private mutating func mix(_ buffer: UnsafeBufferPointer<UInt8>) {
    let raw = UnsafeRawBufferPointer(buffer)
    var offset = 0
    while offset + 8 <= raw.count {
      step(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    var tail: UInt64 = 0
    for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
    step(tail)
    // The part's length closes it, so that ("ab", "c") and ("a", "bc") differ.
    step(UInt64(raw.count) | 0xFF00_0000_0000_0000)
  }

  private mutating func step(_ word: UInt64) {
    first = Self.rotate((first ^ word) &* Self.multipliers.first, by: 27)
    second = Self.rotate((second ^ word) &* Self.multipliers.second, by: 31)
  }

  private static func rotate(_ value: UInt64, by count: UInt64) -> UInt64 { value << count | value >> (64 - count) }

  /// MurmurHash3's finaliser: every input bit reaches every output bit.
  private static func finalized(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value &*= 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 33
    value &*= 0xC4CE_B9FE_1A85_EC53
    return value ^ value >> 33
  }

  public var hex: String {
    [Self.finalized(first ^ Self.rotate(second, by: 32)), Self.finalized(second &+ first)].map { lane in
      let digits = String(lane, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }.joined()
  }
}
