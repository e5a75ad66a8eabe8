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
    titled = mentions.filter { !$0.text.containsNumber }.map { ($0.text, $0.text.lowerCasedWords) }
  }

  /// The folded text of a measure in the table, or of another text.
  func folded(_ text: String) -> FoldedText {
    indexOfText[text].map { folded[$0] } ?? FoldedText(text.lowerCasedWithSingleSpaces)
  }
}
