import Foundation

/// Parses JSON text into a ``JSONValue``, keeping the order of object keys
/// (so that a parsed annotation serialises to the same bytes) and reading
/// numbers as exact decimals.
///
/// - Complexity: O(n) in the length of the text.
struct JSONParser {
  private let bytes: [UInt8]
  private var position = 0

  private init(_ data: Data) {
    self.bytes = [UInt8](data)
  }

  /// The value `data` holds, or nil if it is not one JSON value.
  static func parse(_ data: Data) -> JSONValue? {
    var parser = JSONParser(data)
    guard let value = parser.value(depth: 0) else { return nil }
    parser.skipSpace()
    return parser.position == parser.bytes.count ? value : nil
  }

  private static let maxDepth = 512

  private mutating func skipSpace() {
    while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
  }

  private mutating func value(depth: Int) -> JSONValue? {
    guard depth < Self.maxDepth else { return nil }
    skipSpace()
    guard position < bytes.count else { return nil }
    switch bytes[position] {
    case UInt8(ascii: "{"): return object(depth: depth)
    case UInt8(ascii: "["): return array(depth: depth)
    case UInt8(ascii: "\""): return string().map(JSONValue.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return number()
    }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
    let expected = Array(word.utf8)
    guard position + expected.count <= bytes.count, Array(bytes[position..<(position + expected.count)]) == expected else { return nil }
    position += expected.count
    return value
  }

  private mutating func object(depth: Int) -> JSONValue? {
    position += 1
    var members: [(String, JSONValue)] = []
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
    while true {
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
      position += 1
      guard let member = value(depth: depth + 1) else { return nil }
      members.append((key, member))
      skipSpace()
      guard position < bytes.count else { return nil }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
      return nil
    }
  }

  private mutating func array(depth: Int) -> JSONValue? {
    position += 1
    var items: [JSONValue] = []
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
    while true {
      guard let item = value(depth: depth + 1) else { return nil }
      items.append(item)
      skipSpace()
      guard position < bytes.count else { return nil }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
      return nil
    }
  }

  private mutating func string() -> String? {
    position += 1
    var utf8: [UInt8] = []
    while position < bytes.count {
      // Runs without escapes are copied whole: a document's text is one long run between its escapes.
      let runStart = position
      position = plainRunEnd(from: position)
      if utf8.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
        position += 1
        return String(validating: bytes[runStart..<(position - 1)], as: UTF8.self)
      }
      utf8.append(contentsOf: bytes[runStart..<position])
      guard position < bytes.count else { return nil }
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(validating: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { return nil }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
          guard var code = hex4() else { return nil }
          if (0xD800...0xDBFF).contains(code) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { return nil }
            position += 2
            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { return nil }
          utf8.append(contentsOf: UTF8.encode(scalar)!)
        default:
          return nil
        }
      default:
        return nil
      }
    }
    return nil
  }

  /// Where the bytes from `start` stop needing no unescaping: at a quotation
  /// mark, a backslash, a control character or the end. A local index on the
  /// buffer keeps this loop, which reads every byte of a document, in registers.
  private func plainRunEnd(from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { bytes in
      var index = start
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
        index += 1
      }
      return index
    }
  }

  private mutating func hex4() -> UInt32? {
    guard position + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[position..<(position + 4)] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    position += 4
    return value
  }

  private mutating func number() -> JSONValue? {
    let start = position
    if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    while position < bytes.count, (0x30...0x39).contains(bytes[position]) || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[position]) {
      position += 1
    }
    guard position > start, let text = String(validating: bytes[start..<position], as: UTF8.self) else { return nil }
    if let integer = Int(text) { return .int(integer) }
    guard let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
    return .decimal(decimal)
  }
}
