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
    var output = ""
    write(to: &output, pretty: pretty, indent: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .decimal(let value): output += NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
    case .string(let value): JSONValue.escape(value, into: &output)
    case .array(let items):
      guard !items.isEmpty else { output += "[]"; return }
      output += "["
      for (index, item) in items.enumerated() {
        if index > 0 { output += "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        item.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "]"
    case .object(let members):
      guard !members.isEmpty else { output += "{}"; return }
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output += "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        JSONValue.escape(key, into: &output)
        output += pretty ? ": " : ":"
        value.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "}"
    }
  }

  /// Whether `string` holds a control character, `"`, `\\`, or U+2028/U+2029 (E2 80 A8/A9 in UTF-8).
  private static func needsEscape(_ string: String) -> Bool {
    let utf8 = string.utf8
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
      if byte == 0xE2 {
        let second = utf8.index(after: index)
        if second != utf8.endIndex, utf8[second] == 0x80 {
          let third = utf8.index(after: second)
          if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 { return true }
        }
      }
      index = utf8.index(after: index)
    }
    return false
  }

  private static func escape(_ string: String, into output: inout String) {
    output += "\""
    // Most strings need no escape at all: copy them whole, not scalar by scalar.
    if !needsEscape(string) {
      output += string
      output += "\""
      return
    }
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        output += "\\u" + pad(Int(scalar.value), 4, hex: true)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
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
