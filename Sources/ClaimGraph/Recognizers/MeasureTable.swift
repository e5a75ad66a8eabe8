import Foundation

/// A document's distinct measures, with what name coreference compares of
/// each worked out once: every measure is compared with every other.
struct MeasureTable {
  /// The first mention of a measure's text, as name coreference compares it.
  struct Measure {
    let text: String
    let canonical: String
    let tokens: Range<Int>
    /// The text folded for comparison.
    let folded: FoldedText
    /// The text's length in scalars, then its capitalised words: which of two measures is the fuller name.
    let length: Int
    let capitalizedWords: Int
  }

  /// One measure per distinct text, in reading order.
  let measures: [Measure]
  private let indexOfText: [String: Int]
  /// Measures named by title, without a number (`Law “On Mass Media”`), with their text in lower case:
  /// worked out when first asked for, since only a measure named by kind and number asks.
  lazy var titled: [(text: String, lowerCased: String)] =
    measures.filter { !$0.text.containsNumber }.map { ($0.text, $0.text.lowerCasedForLookup) }

  /// - Parameter mentions: a document's mentions, of which the LAW mentions are read.
  init(measuresIn mentions: [EntityMention], tokens: [Token]) {
    var measures: [Measure] = []
    // Room for every mention from the start: growing the table hashes every text in it again.
    var indexOfText = [String: Int](minimumCapacity: mentions.count)
    for index in mentions.indices where mentions[index].label == .law && indexOfText[mentions[index].text] == nil {
      let text = mentions[index].text, words = mentions[index].span.tokens
      indexOfText[text] = measures.count
      measures.append(Measure(text: text, canonical: mentions[index].canonical, tokens: words,
                              folded: FoldedText(text.lowerCasedWithSingleSpaces), length: text.unicodeScalars.count,
                              capitalizedWords: words.count { tokens[$0].isCapitalized }))
    }
    self.measures = measures
    self.indexOfText = indexOfText
  }

  /// The index in `measures` of the measure with this text.
  func index(of text: String) -> Int? { indexOfText[text] }
}
