/// Lower case for text whose every scalar is a whole character (see
/// ``Unicode/Scalar/isWholeCharacter``), one table look-up a scalar.
///
/// `String.lowercased()` is the concatenation of each scalar's
/// `properties.lowercaseMapping`, and outside ASCII it works that out anew
/// for every scalar: measure titles with typographic quotes or Cyrillic
/// words spent thousands of instructions a title there. The table holds the
/// same mappings, read from the same properties once a process.
enum WholeCharacterCase {
  /// Past the last whole character (`№`, U+2116).
  private static let limit = 0x2117

  /// By scalar value, the lower-case scalar of a whole character whose mapping is one scalar; 0 for
  /// any other (`İ` lower-cases to two scalars, and scalars that are not whole characters are not read).
  private static let lower: [UInt32] = {
    var table = [UInt32](repeating: 0, count: limit)
    for value in 0..<limit {
      guard let scalar = Unicode.Scalar(value), scalar.isWholeCharacter || scalar.isASCII else { continue }
      let mapping = scalar.properties.lowercaseMapping.unicodeScalars
      if mapping.count == 1, mapping.first!.value < 0x1_0000 { table[value] = mapping.first!.value }
    }
    return table
  }()

  /// `text.lowercased()`, or nil when a scalar is not in the table: the caller then asks `lowercased()`.
  static func lowercased(_ text: String) -> String? {
    // Read and written as UTF-8 bytes, straight into the new string: every whole character is one to three
    // bytes, and its lower case is at most one byte longer than a two-byte one (`Ⱥ`, `ⱥ`), so half as much
    // again always has room.
    var inTable = true
    let lowered = text.withUTF8Bytes { bytes in
      String(unsafeUninitializedCapacity: bytes.count + bytes.count / 2) { buffer in
        var read = 0, written = 0
        while read < bytes.count {
          let lead = bytes[read]
          if lead < 0x80 {
            buffer[written] = lead &- 0x41 < 26 ? lead | 0x20 : lead
            read += 1
            written += 1
            continue
          }
          // Four-byte scalars are all beyond the whole characters.
          let width = lead < 0xE0 ? 2 : 3
          var value = Int(lead) & (width == 2 ? 0x1F : 0x0F)
          for next in bytes[(read + 1)..<(read + width)] { value = value << 6 | Int(next & 0x3F) }
          guard lead < 0xF0, value < limit, case let mapped = lower[value], mapped != 0 else {
            inTable = false
            return 0
          }
          written += buffer.writeUTF8(of: mapped, at: written)
          read += width
        }
        return written
      }
    }
    return inTable ? lowered : nil
  }
}
