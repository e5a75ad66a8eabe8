import Foundation

/// File names for the site's pages, unique within a folder, safe on any file
/// system (case-insensitive ones included) and stable for a given graph.
struct PageNames {
  private var taken: Set<String> = []

  /// `speakers/erlan-karin.html` for `person:erlan-karin`: the slug of the id
  /// after its type; a second entity with that slug gets `-2`, and so on.
  mutating func entityPage(_ id: String, in folder: String) -> String {
    let local = id.firstIndex(of: ":").map { String(id[id.index(after: $0)...]) } ?? id
    let slug = EntityID.slug(local)
    return claim(slug.isEmpty ? "unnamed" : slug, in: folder)
  }

  /// `documents/001_76252d7895b3d546.html`: ids may hold any character, so
  /// every byte outside `a-z0-9_-` becomes `~XX`; a very long id is cut and
  /// ends in a hash of the whole, as file names are limited to 255 bytes.
  mutating func documentPage(_ id: String, in folder: String) -> String {
    var encoded = ""
    for byte in id.utf8 {
      if Self.kept.contains(byte) {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        encoded += "~" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    if encoded.count > Self.longestStem {
      var hash = ContentHash()
      hash.combine(id)
      encoded = String(encoded.prefix(Self.longestStem - 17)) + "-" + hash.hex.prefix(16)
    }
    return claim(encoded.isEmpty ? "untitled" : encoded, in: folder)
  }

  private mutating func claim(_ stem: String, in folder: String) -> String {
    var candidate = stem
    var suffix = 2
    while taken.contains("\(folder)/\(candidate)") {
      candidate = "\(stem)-\(suffix)"
      suffix += 1
    }
    taken.insert("\(folder)/\(candidate)")
    return "\(folder)/\(candidate).html"
  }

  private static let kept = Set("abcdefghijklmnopqrstuvwxyz0123456789_-".utf8)
  private static let longestStem = 120
}
