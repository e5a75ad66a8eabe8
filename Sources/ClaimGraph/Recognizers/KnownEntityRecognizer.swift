/// Finds the names listed in `gazetteers/entities.tsv`, longest first, in one
/// pass over the tokens.
struct KnownEntityRecognizer {
  let lexicon: Lexicon
  let words: [String]
  let lexemes: [Lexeme]

  /// Appends the listed names in `range` to `found`.
  func entities(in range: Range<Int>, into found: inout [Candidate]) {
    var index = range.lowerBound
    while index < range.upperBound {
      if let (length, entity) = lexicon.knownEntities.longestMatch(in: words, lexemes: lexemes, from: index, limit: range.upperBound) {
        found.append(Candidate(label: entity.label, tokens: index..<(index + length), priority: 3, canonical: entity.canonical))
        index += length
      } else {
        index += 1
      }
    }
  }
}
