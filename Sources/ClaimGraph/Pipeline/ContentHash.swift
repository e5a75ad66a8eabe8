/// A 128-bit FNV-1a hash (two 64-bit lanes with different offsets), as 32
/// hexadecimal digits: stable across runs and machines, for cache keys.
/// Not for security.
public struct ContentHash: Sendable {
  private var low: UInt64 = 0xcbf2_9ce4_8422_2325
  private var high: UInt64 = 0x6c62_272e_07bb_0142
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  public init() {}

  public mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    // A document's every byte passes here: over contiguous storage (Data, arrays), as Data's
    // own iterator is several times slower; other sequences are copied into an array first.
    if bytes.withContiguousStorageIfAvailable({ mix($0) }) == nil {
      Array(bytes).withUnsafeBufferPointer { mix($0) }
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    low = (low ^ 0xFF) &* Self.prime
    high = (high ^ 0xA5) &* Self.prime
  }

  public mutating func combine(_ text: String) { combine(text.utf8) }

  private mutating func mix(_ buffer: UnsafeBufferPointer<UInt8>) {
    var low = self.low, high = self.high
    for byte in buffer {
      low = (low ^ UInt64(byte)) &* Self.prime
      high = (high ^ UInt64(byte ^ 0x5A)) &* Self.prime
    }
    self.low = low
    self.high = high
  }

  public var hex: String {
    [high, low].map { lane in
      let digits = String(lane, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }.joined()
  }
}
