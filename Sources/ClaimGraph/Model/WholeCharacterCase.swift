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
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = Int(scalar.value)
      guard value < limit, case let mapped = lower[value], mapped != 0 || value == 0 else { return nil }
      append(mapped, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `value`'s UTF-8 bytes: one, two or three, as every scalar the table holds has.
  private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      bytes.append(UInt8(value))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | value >> 6))
      bytes.append(UInt8(0x80 | value & 0x3F))
    default:
      bytes.append(UInt8(0xE0 | value >> 12))
      bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
