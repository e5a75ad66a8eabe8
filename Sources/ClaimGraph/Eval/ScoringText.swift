import Foundation

/// The text comparison of the guidelines' "Scoring" section: NFC, straight
/// quotes, hyphens for dashes, single spaces, no leading "the", no trailing `.,;:`.
enum ScoringText {
  static func normalize(_ text: String) -> String {
    var result = ""
    var lastWasSpace = false
    for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
      var mapped = scalar
      switch scalar {
      case "‘", "’", "‚", "‛", "′": mapped = "'"
      case "“", "”", "„", "‟", "″", "«", "»": mapped = "\""
      case "–", "—", "‒", "―", "‐", "‑": mapped = "-"
      default: break
      }
      if mapped.properties.isWhitespace {
        if !lastWasSpace { result.unicodeScalars.append(" ") }
        lastWasSpace = true
      } else {
        result.unicodeScalars.append(mapped)
        lastWasSpace = false
      }
    }
    var trimmed = Substring(result.trimmingCharacters(in: .whitespaces))
    if trimmed.hasPrefix("the ") || trimmed.hasPrefix("The ") { trimmed = trimmed.dropFirst(4) }
    while let last = trimmed.last, ".,;:".contains(last) || last == " " { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// Lower-cased words (runs of letters and digits) of a normalised text.
  static func wordSet(_ text: String) -> Set<String> {
    Set(normalize(text).lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
  }

  static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
    let union = a.union(b).count
    return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
  }
}
