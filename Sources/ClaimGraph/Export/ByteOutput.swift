/// Where JSON is written byte by byte: an array, or a ``JSONWriter``'s ``ByteBuffer``.
///
/// The writers are generic over it, so that the annotation writer appends without an array's
/// uniqueness and capacity checks on every byte, and the graph's lines still go to arrays.
protocol ByteOutput {
  mutating func append(_ byte: UInt8)
  mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
  /// A line break and `spaces` spaces.
  mutating func appendLineBreak(indentation spaces: Int)
}

extension Array: ByteOutput where Element == UInt8 {}

extension ByteOutput {
  /// Appends the bytes of `literal`.
  mutating func append(_ literal: StaticString) {
    // Through `withUTF8Buffer`: `utf8Start` traps on a literal of one character, which has no pointer.
    literal.withUTF8Buffer { append(contentsOf: $0) }
  }

  /// A line break and `spaces` spaces, a byte at a time: appending a `repeatElement` (or any
  /// collection) to an array costs more than the few bytes.
  mutating func appendLineBreak(indentation spaces: Int) {
    append(UInt8(ascii: "\n"))
    for _ in 0..<spaces { append(UInt8(ascii: " ")) }
  }
}
