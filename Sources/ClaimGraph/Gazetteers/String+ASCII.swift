/// Questions the recognizers ask of every word, answered on the UTF-8 bytes
/// when the word is ASCII (most words in news text), where the answer is the
/// same as Unicode's and costs no grapheme breaking or new string.
extension String {
  /// No upper-case letters and nothing but ASCII.
  var isLowerCaseASCII: Bool { utf8.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) } }

  /// The word in lower case, the word itself when it already is.
  var lowerCasedForLookup: String { isLowerCaseASCII ? self : lowercased() }

  /// Whether a character is a number (`Character.isNumber`): `2024`, `PF-51`, `½`.
  var containsNumber: Bool {
    for byte in utf8 {
      if byte >= 0x80 { return contains(where: \.isNumber) }
      if byte >= 0x30 && byte <= 0x39 { return true }
    }
    return false
  }

  /// Lower case, with every run of white space one space and none at the ends.
  var lowerCasedWithSingleSpaces: String {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var spaceDue = false
    for byte in utf8 {
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        spaceDue = !bytes.isEmpty
        continue
      }
      if spaceDue { bytes.append(0x20); spaceDue = false }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
