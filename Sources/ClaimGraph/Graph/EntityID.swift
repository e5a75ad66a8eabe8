import Foundation

/// Stable entity ids derived from type and name: `person:erlan-karin`.
public enum EntityID {
  public static func make(_ label: EntityLabel, _ name: String) -> String {
    "\(label.rawValue.lowercased()):\(slug(name))"
  }

  /// Lower case, diacritics and quotation marks dropped, other runs of
  /// non-alphanumerics made one hyphen, at most 80 characters, cut between words.
  public static func slug(_ name: String) -> String {
    let slug = hyphenated(name)
    guard slug.count > 80 else { return slug }
    // Cut long titles at a word boundary, not inside a word.
    let cut = slug.prefix(80)
    if slug.dropFirst(80).first == "-" { return String(cut) }
    return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
  }

  /// The whole name folded as a slug is, however long.
  private static func hyphenated(_ name: String) -> String {
    if let slug = asciiHyphenated(name) { return slug }
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    var slug = ""
    var pendingHyphen = false
    for scalar in folded.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
        if pendingHyphen && !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else if scalar != "’" && scalar != "'" {
        pendingHyphen = true
      }
    }
    return slug
  }

  /// ``hyphenated(_:)`` of an ASCII name, read on its bytes; nil for any other name. Folding
  /// through Foundation costs more than the rest of a graph fragment, and most names are ASCII,
  /// whose folding is lower-casing: ASCII has no diacritics, and its alphanumerics are its letters and digits.
  private static func asciiHyphenated(_ name: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    var pendingHyphen = false
    for byte in name.utf8 {
      guard byte < 0x80 else { return nil }
      let lower = byte | 0x20
      if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
        pendingHyphen = false
        bytes.append(byte >= 0x41 && byte <= 0x5A ? lower : byte)
      } else if byte != UInt8(ascii: "'") {
        pendingHyphen = true
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Case- and diacritic-insensitive form of a name, for matching user queries.
  public static func searchKey(_ name: String) -> String {
    hyphenated(name).replacingOccurrences(of: "-", with: " ")
  }
}
