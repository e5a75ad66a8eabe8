/// Maps token sequences to values and finds the longest entry starting at a
/// token, in one walk of a trie.
///
/// Every first word of an entry is marked in the vocabulary with the table's
/// ``startClass``, so the look-ups on a document's tokens ask the token's
/// lexeme first and walk the trie only from a word some entry starts with,
/// as spaCy's `PhraseMatcher` keys its patterns by their first token.
///
/// - Complexity: O(k) per lookup, where k is the length of the longest entry.
struct PhraseTable<Value: Sendable>: Sendable {
  private final class Node: @unchecked Sendable {
    var children: [String: Node] = [:]
    var value: Value?
  }

  private let root = Node()
  let caseSensitive: Bool
  /// The word class of the words that start an entry: the lexicon marks ``firstWords`` with it.
  let startClass: WordClasses

  init(caseSensitive: Bool, startClass: WordClasses) {
    self.caseSensitive = caseSensitive
    self.startClass = startClass
  }

  /// Whether an entry can start at token `index`: its lexeme, as written or
  /// lower-cased as the table keys words, has the table's start class.
  private func canStart(at index: Int, _ lexemes: [Lexeme]) -> Bool {
    (caseSensitive ? lexemes[index].exact : lexemes[index].folded).contains(startClass)
  }

  private func key(_ word: String) -> String {
    caseSensitive ? word : word.lowerCasedForLookup
  }

  /// Adds `words`; a later value for the same words replaces the earlier one.
  /// Only called while loading, before the table is shared.
  func insert(_ words: [String], value: Value) {
    guard !words.isEmpty else { return }
    var node = root
    for word in words {
      let k = key(word)
      if let next = node.children[k] { node = next } else {
        let next = Node()
        node.children[k] = next
        node = next
      }
    }
    node.value = value
  }

  /// The longest entry matching `words[start..<limit]` from its start: its length in words and value.
  private func walk(_ words: [String], from start: Int, limit: Int) -> (length: Int, value: Value)? {
    var node = root
    var best: (Int, Value)?
    var index = start
    let end = min(words.count, limit)
    while index < end, let next = node.children[key(words[index])] {
      node = next
      index += 1
      if let value = node.value { best = (index - start, value) }
    }
    return best
  }

  /// The longest entry starting at token `start` of a document and ending by
  /// `limit`: its length in tokens and value. `words` and `lexemes` are the document's, token for token.
  func longestMatch(in words: [String], lexemes: [Lexeme], from start: Int, limit: Int) -> (length: Int, value: Value)? {
    guard start < limit, canStart(at: start, lexemes) else { return nil }
    return walk(words, from: start, limit: limit)
  }

  /// The value stored for exactly the tokens `range` of a document.
  func value(for range: Range<Int>, in words: [String], lexemes: [Lexeme]) -> Value? {
    guard !range.isEmpty, canStart(at: range.lowerBound, lexemes) else { return nil }
    // The document's words are read in place: an array of them made for each look-up cost more than the walk.
    return value(for: words[range])
  }

  /// The value stored for exactly `words`.
  func value(for words: some Sequence<String>) -> Value? {
    var node = root
    for word in words {
      guard let next = node.children[key(word)] else { return nil }
      node = next
    }
    return node.value
  }

  func contains(_ words: [String]) -> Bool { value(for: words) != nil }

  /// The first word of every entry, as the table keys it (in lower case when case-insensitive).
  var firstWords: [String] { Array(root.children.keys) }

  /// The entries of one word, as the table keys them.
  var oneWordEntries: [String] { root.children.filter { $0.value.value != nil }.map(\.key) }
}
