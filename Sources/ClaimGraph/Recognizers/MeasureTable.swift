import Foundation

/// A document's distinct measures, with what name coreference compares of
/// each worked out once: every measure is compared with every other.
struct MeasureTable {
  let mentions: [EntityMention]
  /// Each mention's text folded for comparison, in the order of `mentions`.
  let folded: [FoldedText]
  private let indexOfText: [String: Int]
  /// Measures named by title, without a number (`Law “On Mass Media”`), with their words in lower case.
  let titled: [(text: String, lowerCasedWords: [Substring])]

  /// - Parameter mentions: one mention per distinct text.
  init(_ mentions: [EntityMention]) {
    self.mentions = mentions
    folded = mentions.map { FoldedText($0.text.lowerCasedWithSingleSpaces) }
    indexOfText = Dictionary(mentions.enumerated().map { ($1.text, $0) }, uniquingKeysWith: { first, _ in first })
    titled = mentions.filter { !$0.text.containsNumber }.map { ($0.text, $0.text.lowercased().split(separator: " ")) }
  }

  /// The folded text of a measure in the table, or of another text.
  func folded(_ text: String) -> FoldedText {
    indexOfText[text].map { folded[$0] } ?? FoldedText(text.lowerCasedWithSingleSpaces)
  }
}

/// A text with its UTF-8 bytes kept when it is ASCII, where containment is
/// a byte search: exact for ASCII and many times faster than Foundation's.
struct FoldedText {
  let text: String
  private let asciiBytes: [UInt8]?

  init(_ text: String) {
    self.text = text
    let bytes = Array(text.utf8)
    asciiBytes = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
  }

  /// Whether `part` occurs in this text; as Foundation compares (canonically equivalent forms match) unless both are ASCII.
  func contains(_ part: FoldedText) -> Bool {
    guard let haystack = asciiBytes, let needle = part.asciiBytes, !needle.isEmpty else { return text.contains(part.text) }
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
