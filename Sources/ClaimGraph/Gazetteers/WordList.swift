/// One of the lexicon's large word lists (given names, surnames, common
/// words: 200,000 words between them), answered from the lexicon's
/// vocabulary, where each word is kept once with the lists it is on.
struct WordList: Sendable {
  let vocabulary: ASCIIWordTable<WordClasses>
  let wordClass: WordClasses

  func contains(_ word: String) -> Bool { vocabulary[word]?.contains(wordClass) ?? false }
}
