import Foundation

/// A text with its UTF-8 bytes kept when a byte search finds exactly what
/// Foundation's search does (every scalar a whole character), which is many
/// times faster: name coreference searches every measure's text for every other.
struct FoldedText {
  let text: String
  private let searchableBytes: [UInt8]?

  init(_ text: String) {
    self.text = text
    searchableBytes = text.unicodeScalars.allSatisfy(\.isWholeCharacter) ? Array(text.utf8) : nil
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
}
