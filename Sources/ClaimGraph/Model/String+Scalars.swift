extension String {
  /// The text of `scalars`, encoded as UTF-8 straight into the new string's storage.
  ///
  /// Appending to a `String.UnicodeScalarView` costs several times more per
  /// scalar, and the pipeline makes a string from scalars for every token and mention.
  init(scalars: ArraySlice<Unicode.Scalar>) {
    var byteCount = 0
    for scalar in scalars { byteCount += UTF8.width(scalar) }
    self.init(unsafeUninitializedCapacity: byteCount) { buffer in
      var index = 0
      for scalar in scalars {
        let value = scalar.value
        switch value {
        case ..<0x80:
          buffer[index] = UInt8(truncatingIfNeeded: value)
          index += 1
        case ..<0x800:
          buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          index += 2
        case ..<0x1_0000:
          buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          index += 3
        default:
          buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
          buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          index += 4
        }
      }
      return index
    }
  }
}
