import Foundation

/// A JSON value whose objects keep their keys in the order given, so that
/// output bytes are fixed by the code, never by hashing.
public indirect enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case decimal(Decimal)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

  /// Compact (one line) or indented with two spaces.
  public func serialized(pretty: Bool = false) -> String {
    String(decoding: serializedUTF8(pretty: pretty), as: UTF8.self)
  }

  /// The UTF-8 bytes of ``serialized(pretty:)``, for writing to a file or stream without building a `String`.
  ///
  ///     JSONValue.array([.int(1), .null]).serializedUTF8()  // Array("[1,null]".utf8)
  ///
  /// - Parameter pretty: indented with two spaces rather than on one line.
  /// - Returns: the bytes, in the order the value gives its keys.
  /// - Complexity: O(*n*) for *n* bytes of output.
  public func serializedUTF8(pretty: Bool = false) -> [UInt8] {
    var output: [UInt8] = []
    write(to: &output, pretty: pretty)
    return output
  }

  /// Appends the serialised value to `output`: a byte buffer, because appending to a `String`
  /// piece by piece costs several times more and this runs for every document.
  func write(to output: inout some ByteOutput, pretty: Bool = false, indent: Int = 0) {
    switch self {
    case .null: output.append("null")
    case .bool(let value): output.append(value ? "true" : "false")
    case .int(let value): JSONValue.writeDecimalDigits(of: value, to: &output)
    case .decimal(let value):
      var text = NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
      text.withUTF8 { output.append(contentsOf: $0) }
    case .string(let value): JSONValue.escape(value, into: &output)
    case .array(let items):
      guard !items.isEmpty else { output.append("[]"); return }
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { output.appendLineBreak(indentation: 2 * (indent + 1)) }
        item.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { output.appendLineBreak(indentation: 2 * indent) }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { output.append("{}"); return }
      output.append(UInt8(ascii: "{"))
      JSONValue.writeMembers(members, to: &output, pretty: pretty, indent: indent)
      if pretty { output.appendLineBreak(indentation: 2 * indent) }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// Appends an object's members, `"key":value` separated by commas, without its braces: for
  /// lines that splice other fields around them (see ``GraphFragment``).
  static func writeMembers(_ members: [(String, JSONValue)], to output: inout some ByteOutput, pretty: Bool = false, indent: Int = 0) {
    for (index, (key, value)) in members.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      if pretty { output.appendLineBreak(indentation: 2 * (indent + 1)) }
      JSONValue.escape(key, into: &output)
      output.append(UInt8(ascii: ":"))
      if pretty { output.append(UInt8(ascii: " ")) }
      value.write(to: &output, pretty: pretty, indent: indent + 1)
    }
  }

  /// `value` in decimal, digit by digit: `String(value)` would make a string only to copy it.
  static func writeDecimalDigits(of value: Int, to output: inout some ByteOutput) {
    if value < 0 { output.append(UInt8(ascii: "-")) }
    // The magnitude, so that `Int.min` does not overflow. Its digits last first into a buffer on the
    // stack, then appended in order: from the highest power of ten down took two divisions a digit.
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      for digit in digits[start...] { output.append(digit) }
    }
  }

  /// Writes `string` quoted, escaping control characters, `"`, `\\`, and U+2028/U+2029
  /// (E2 80 A8/A9 in UTF-8), which JavaScript reads as line breaks; every other byte is copied as it is.
  static func escape(_ string: String, into output: inout some ByteOutput) {
    output.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { bytes in
      var copied = 0, index = 0
      while let found = firstByteToLookAt(in: bytes, from: index) {
        let byte = bytes[found]
        let escaped: StaticString
        var length = 1
        switch byte {
        case UInt8(ascii: "\""): escaped = "\\\""
        case UInt8(ascii: "\\"): escaped = "\\\\"
        case UInt8(ascii: "\n"): escaped = "\\n"
        case UInt8(ascii: "\r"): escaped = "\\r"
        case UInt8(ascii: "\t"): escaped = "\\t"
        case 0xE2:
          // Curly quotation marks, dashes and the ellipsis start with E2 too: only the two line separators are escaped.
          guard found + 2 < bytes.count, bytes[found + 1] == 0x80, bytes[found + 2] == 0xA8 || bytes[found + 2] == 0xA9 else {
            index = found + 1
            continue
          }
          escaped = bytes[found + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          length = 3
        default:
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<found]))
          var escape = "\\u" + pad(Int(byte), 4, hex: true)
          escape.withUTF8 { output.append(contentsOf: $0) }
          index = found + 1
          copied = index
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<found]))
        output.append(escaped)
        index = found + length
        copied = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// The first byte from `start` on that may need escaping: below 0x20, `"`, `\\`, or E2 (which may start
  /// U+2028 or U+2029). Eight bytes are tested at once: every string of every annotation passes through
  /// here, and nearly all of their bytes are copied as they are.
  private static func firstByteToLookAt(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
    // The high bit of each byte of the result is set where `word` has a byte below `limit` (at most 0x80);
    // the lowest such bit is always a true one (a borrow only sets bits above a true one).
    func below(_ limit: UInt64, _ word: UInt64) -> UInt64 { (word &- ones &* limit) & ~word & highs }
    func equal(_ byte: UInt64, _ word: UInt64) -> UInt64 { below(1, word ^ (ones &* byte)) }
    var index = start
    if let base = bytes.baseAddress {
      while index + 8 <= bytes.count {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let found = below(0x20, word) | equal(0x22, word) | equal(0x5C, word) | equal(0xE2, word)
        if found != 0 { return index + found.trailingZeroBitCount / 8 }
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2 { return index }
      index += 1
    }
    return nil
  }
}

extension JSONValue {
  subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  var stringValue: String? { if case .string(let value) = self { return value } else { return nil } }
  var arrayValue: [JSONValue]? { if case .array(let value) = self { return value } else { return nil } }
  var decimalValue: Decimal? {
    switch self {
    case .decimal(let value): return value
    case .int(let value): return Decimal(value)
    default: return nil
    }
  }
  var intValue: Int? {
    switch self {
    case .int(let value): return value
    case .decimal(let value): return NSDecimalNumber(decimal: value).intValue
    default: return nil
    }
  }

  /// Parses JSON text, keeping the order of object keys (see ``JSONParser``).
  static func parse(_ data: Data) -> JSONValue? {
    JSONParser.parse(data)
  }
}
