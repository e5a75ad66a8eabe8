extension String {
  /// The text of `scalars`, encoded as UTF-8 straight into the new string's storage.
  ///
  /// Appending to a `String.UnicodeScalarView` costs several times more per
  /// scalar, and the pipeline makes a string from scalars for every token and mention.
  init(scalars: some Collection<Unicode.Scalar>) {
    var byteCount = 0
    for scalar in scalars { byteCount += UTF8.width(scalar) }
    self.init(unsafeUninitializedCapacity: byteCount) { buffer in
      var index = 0
      for scalar in scalars { index += buffer.writeUTF8(of: scalar.value, at: index) }
      return index
    }
  }
}

extension String {
  /// The text's scalars, decoded straight from its UTF-8 bytes into an array.
  ///
  /// `Array(text.unicodeScalars)` walks the scalars twice, once to count them and once to copy
  /// them, each step through the view's generic index: several times the cost of one pass over
  /// the bytes, which a `String` guarantees are well-formed.
  ///
  ///     "Tokayev’s".scalarArray.count  // 9
  ///
  /// - Complexity: O(*n*) for *n* UTF-8 bytes.
  var scalarArray: [Unicode.Scalar] {
    var text = self
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
        var index = 0
        count = 0
        while index < bytes.count {
          // ASCII, most of news text, needs neither decoding nor the scalar range check; eight bytes of it
          // are tested at once, and copied out one scalar each.
          if index + 8 <= bytes.count,
             UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            for offset in 0..<8 { scalars[count + offset] = Unicode.Scalar(bytes[index + offset]) }
            count += 8
            index += 8
            continue
          }
          if bytes[index] < 0x80 {
            scalars[count] = Unicode.Scalar(bytes[index])
            count += 1
            index += 1
            continue
          }
          let lead = UInt32(bytes[index])
          let value: UInt32
          switch lead {
          case ..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          case ..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          default:
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
              | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          }
          scalars[count] = Unicode.Scalar(value).unsafelyUnwrapped
          count += 1
        }
      }
    }
  }
}

extension UnsafeMutableBufferPointer<UInt8> {
  /// Writes the UTF-8 bytes of the scalar `value` at `index`, where there is room for them.
  ///
  /// - Returns: how many bytes it wrote, one to four.
  @inline(__always) func writeUTF8(of value: UInt32, at index: Int) -> Int {
    switch value {
    case ..<0x80:
      self[index] = UInt8(truncatingIfNeeded: value)
      return 1
    case ..<0x800:
      self[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
      self[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      return 2
    case ..<0x1_0000:
      self[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
      self[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      self[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      return 3
    default:
      self[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
      self[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
      self[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      self[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      return 4
    }
  }
}
