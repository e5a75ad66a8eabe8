import Foundation

/// A text with its UTF-8 bytes kept when a byte search finds exactly what
/// Foundation's search does, which is many times faster: name coreference
/// searches every measure's text for every other.
struct FoldedText {
  let text: String
  private let searchableBytes: [UInt8]?

  init(_ text: String) {
    self.text = text
    searchableBytes = text.unicodeScalars.allSatisfy(Self.standsAlone) ? Array(text.utf8) : nil
  }

  /// Whether `part` occurs in this text, as Foundation's `contains` says
  /// (canonically equivalent forms match).
  func contains(_ part: FoldedText) -> Bool {
    guard let haystack = searchableBytes, let needle = part.searchableBytes, !needle.isEmpty else { return text.contains(part.text) }
    guard haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBufferPointer { whole in
      needle.withUnsafeBufferPointer { piece in
        (0...(whole.count - piece.count)).contains { start in
          whole[start] == piece[0] && memcmp(whole.baseAddress! + start, piece.baseAddress!, piece.count) == 0
        }
      }
    }
  }

  /// A scalar that is a whole character on its own and in canonical composed
  /// form, never combining, decomposing to another form or joining its
  /// neighbours: in a text of such scalars, equal bytes and canonical
  /// equivalence are the same thing, and a byte match starts and ends at
  /// character boundaries. ASCII, Latin letters with accents, Cyrillic, and
  /// typographic punctuation (`“”`, `–`, `…`) — the names of measures.
  private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0x24F, 0x400...0x482, 0x48A...0x4FF, 0x2010...0x2027, 0x2030...0x205E, 0x2116: return true
    default: return false
    }
  }
}
