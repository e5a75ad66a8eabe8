import Foundation

/// One field of an RFC 4180 CSV row, as both PostgreSQL's `COPY … CSV` and
/// Neo4j's importer read it.
enum CSVField {
  /// Missing: nothing between the commas, which `COPY` reads as NULL.
  case null
  /// Always quoted, so that an empty string stays distinct from NULL.
  case text(String)
  case integer(Int)
  case decimal(Decimal)

  static func optional(_ text: String?) -> CSVField { text.map(CSVField.text) ?? .null }
  static func optional(_ number: Decimal?) -> CSVField { number.map(CSVField.decimal) ?? .null }

  var encoded: String {
    switch self {
    case .null: return ""
    case .text(let text):
      guard text.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + text + "\"" }
      var quoted = "\""
      for character in text.unicodeScalars {
        if character == "\"" { quoted += "\"" }
        quoted.unicodeScalars.append(character)
      }
      return quoted + "\""
    case .integer(let number): return String(number)
    case .decimal(let number): return NSDecimalNumber(decimal: number).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
  }

  /// A whole row, ended by a newline.
  static func row(_ fields: [CSVField]) -> String {
    fields.map(\.encoded).joined(separator: ",") + "\n"
  }

  /// A header row: names are plain words, never quoted.
  static func header(_ names: [String]) -> String {
    names.joined(separator: ",") + "\n"
  }
}
