import Foundation

/// Reads a document's bytes as text, or says why it cannot.
public enum TextDecoder {
  public enum Outcome: Equatable {
    case text(String, warnings: [String])
    case skipped(reason: String)
  }

  /// Decodes UTF-8 (a byte-order mark is dropped) or UTF-16 with a
  /// byte-order mark. Invalid UTF-8 is decoded with replacement characters
  /// and a warning giving the first bad byte's offset. Empty, blank and
  /// binary (NUL-containing) inputs are skipped.
  public static func decode(_ data: Data) -> Outcome {
    if data.isEmpty { return .skipped(reason: "empty file") }
    if data.count >= 2, data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      guard let text = String(data: data, encoding: .utf16) else { return .skipped(reason: "invalid UTF-16") }
      return blank(text) ? .skipped(reason: "only white space") : .text(text, warnings: ["decoded as UTF-16"])
    }
    return data.withUnsafeBytes { raw in decodeUTF8(raw.bindMemory(to: UInt8.self)) }
  }

  /// Validates the bytes once, as the string is made; the slower scan for the
  /// first bad byte runs only for text that fails.
  private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
    // `memchr`: a byte at a time, the search for a NUL cost half as much as validating the text.
    if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil { return .skipped(reason: "binary file (contains NUL bytes)") }
    let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = UnsafeBufferPointer(rebasing: bytes[bomLength...])
    var warnings: [String] = []
    let text: String
    if let valid = String(validating: body, as: UTF8.self) {
      text = valid
    } else {
      if let bad = firstInvalidUTF8(Array(body)[...]) {
        warnings.append("invalid UTF-8 at byte \(bad + bomLength); decoded with replacement characters")
      }
      text = String(decoding: body, as: UTF8.self)
    }
    return blank(text) ? .skipped(reason: "only white space") : .text(text, warnings: warnings)
  }

  private static func blank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value == 0xFEFF }
  }

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      let length: Int
      var minimum: UInt32 = 0
      switch lead {
      case 0x00...0x7F: index += 1; continue
      case 0xC2...0xDF: length = 2; minimum = 0x80
      case 0xE0...0xEF: length = 3; minimum = 0x800
      case 0xF0...0xF4: length = 4; minimum = 0x10000
      default: return index - bytes.startIndex
      }
      guard index + length <= bytes.endIndex else { return index - bytes.startIndex }
      var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
      for next in bytes[(index + 1)..<(index + length)] {
        guard next & 0xC0 == 0x80 else { return index - bytes.startIndex }
        value = value << 6 | UInt32(next & 0x3F)
      }
      guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return index - bytes.startIndex }
      index += length
    }
    return nil
  }
}
