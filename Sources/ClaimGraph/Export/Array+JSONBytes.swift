extension Array where Element == UInt8 {
  /// A line break and `spaces` spaces, a byte at a time: appending a `repeatElement` (or any
  /// collection) costs more than the few bytes, and a pretty annotation breaks a line for every
  /// member of every mention.
  mutating func appendLineBreak(indentation spaces: Int) {
    append(UInt8(ascii: "\n"))
    for _ in 0..<spaces { append(UInt8(ascii: " ")) }
  }
}
