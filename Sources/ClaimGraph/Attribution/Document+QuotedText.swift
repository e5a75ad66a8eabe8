extension Document {
  /// The text between two scalar offsets, as ``text(in:)`` gives it.
  ///
  /// Quotes copy long passages: appending scalars one at a time to a
  /// `String.UnicodeScalarView` costs hundreds of instructions a scalar,
  /// encoding them into one UTF-8 buffer a few.
  ///
  /// - Complexity: O(n) in the length of `range`.
  func quotedText(in range: ScalarRange) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    for scalar in scalars[range] {
      if scalar.value < 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      } else {
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
