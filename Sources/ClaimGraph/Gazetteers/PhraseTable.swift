import Foundation

/// Maps token sequences to values and finds the longest entry starting at a
/// token, in one walk of a trie.
///
/// Every first word of an entry is marked in the vocabulary with the table's
/// ``startClass``, so the look-ups on a document's tokens ask the token's
/// lexeme first and walk the trie only from a word some entry starts with,
/// as spaCy's `PhraseMatcher` keys its patterns by their first token.
///
/// The trie is one table of edges keyed by a node and a word. A word of up to
/// 15 ASCII bytes is keyed by its bytes, packed into two integers
/// (``PackedWord``, lower-cased on the way in a case-insensitive table), so
/// that a step of a walk hashes no `String`; any other word is
/// keyed by a number the table gives it. Answers are those of a trie of
/// `String`-keyed dictionaries: canonically equivalent words are one.
///
/// - Complexity: O(k) per lookup, where k is the length of the longest entry.
struct PhraseTable<Value: Sendable>: Sendable {
  /// A word as the trie keys it: a ``PackedWord``, or for any other word a number in `low` with
  /// ``numberedMark`` as `high` (a packed word's top byte is its length, at most 15).
  private typealias WordKey = PackedWord
  private static var numberedMark: UInt64 { 0xFF << 56 }

  /// A slot of the edge table: from node `parent` by `word` to node `child`. The root is no node's
  /// child, so `child` 0 marks a free slot.
  private struct Edge {
    var word = WordKey(low: 0, high: 0)
    var parent: Int32 = 0
    var child: Int32 = 0
  }

  let caseSensitive: Bool
  /// The word class of the words that start an entry: the lexicon marks ``firstWords`` with it.
  let startClass: WordClasses
  /// The value of each node, by number; node 0 is the root.
  private var values: [Value?] = [nil]
  /// Open addressing, at most half full.
  private var edges = [Edge](repeating: Edge(), count: 16)
  /// Every word of the entries as the table keys it (lower-cased when case-insensitive), with its key:
  /// a word that does not pack is looked up here, and may be one with a packed word (the Kelvin sign is `K`).
  private var keys: [String: WordKey] = [:]
  /// The first words of the entries as the table keys them, with their nodes.
  private var firstWordNodes: [(word: String, node: Int32)] = []

  init(caseSensitive: Bool, startClass: WordClasses) {
    self.caseSensitive = caseSensitive
    self.startClass = startClass
  }

  /// Whether an entry can start at token `index`: its lexeme, as written or
  /// lower-cased as the table keys words, has the table's start class.
  private func canStart(at index: Int, _ lexemes: [Lexeme]) -> Bool {
    (caseSensitive ? lexemes[index].exact : lexemes[index].folded).contains(startClass)
  }

  /// Adds `words`; a later value for the same words replaces the earlier one.
  mutating func insert(_ words: [String], value: Value) {
    guard !words.isEmpty else { return }
    var node: Int32 = 0
    for (position, word) in words.enumerated() {
      let keyed = caseSensitive ? word : word.lowerCasedForLookup
      let key: WordKey
      if let known = keys[keyed] {
        key = known
      } else {
        key = newKey(keyed)
        keys[keyed] = key
      }
      if let next = child(of: node, by: key) {
        node = next
      } else {
        node = addChild(of: node, by: key)
        if position == 0 { firstWordNodes.append((keyed, node)) }
      }
    }
    values[Int(node)] = value
  }

  /// The key of a word the table has no key for yet: its packed bytes, or those of the ASCII word it is
  /// canonically equivalent to, or the next number.
  private func newKey(_ word: String) -> WordKey {
    if let packed = PackedWord(word) { return packed }
    // Only a word beyond ASCII can be one with a short ASCII word: the Kelvin sign is `K`.
    if !word.isASCII, let packed = PackedWord(word.precomposedStringWithCanonicalMapping) { return packed }
    return WordKey(low: UInt64(keys.count), high: Self.numberedMark)
  }

  /// The key of a document's word: its bytes packed, lower-cased in a case-insensitive table as
  /// `lowerCasedForLookup` lower-cases ASCII, or for any other word the key the table gave it.
  private func key(of word: String) -> WordKey? {
    PackedWord(word).map { caseSensitive ? $0 : $0.lowercased } ?? keys[caseSensitive ? word : word.lowerCasedForLookup]
  }

  private func child(of parent: Int32, by word: WordKey) -> Int32? {
    var slot = Self.slot(parent, word, count: edges.count)
    while edges[slot].child != 0 {
      if edges[slot].parent == parent && edges[slot].word == word { return edges[slot].child }
      slot = (slot + 1) & (edges.count - 1)
    }
    return nil
  }

  private mutating func addChild(of parent: Int32, by word: WordKey) -> Int32 {
    let child = Int32(values.count)
    values.append(nil)
    if values.count * 2 > edges.count { grow() }
    place(Edge(word: word, parent: parent, child: child))
    return child
  }

  private mutating func grow() {
    let old = edges
    edges = [Edge](repeating: Edge(), count: old.count * 2)
    for edge in old where edge.child != 0 { place(edge) }
  }

  private mutating func place(_ edge: Edge) {
    var slot = Self.slot(edge.parent, edge.word, count: edges.count)
    while edges[slot].child != 0 { slot = (slot + 1) & (edges.count - 1) }
    edges[slot] = edge
  }

  private static func slot(_ parent: Int32, _ word: WordKey, count: Int) -> Int {
    word.slot(shift: UInt64(64 - count.trailingZeroBitCount), mixing: UInt64(UInt32(bitPattern: parent)))
  }

  /// The longest entry matching `words[start..<limit]` from its start: its length in words and value.
  private func walk(_ words: [String], from start: Int, limit: Int) -> (length: Int, value: Value)? {
    var node: Int32 = 0
    var best: (Int, Value)?
    var index = start
    let end = min(words.count, limit)
    while index < end, let key = key(of: words[index]), let next = child(of: node, by: key) {
      node = next
      index += 1
      if let value = values[Int(node)] { best = (index - start, value) }
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
    var node: Int32 = 0
    for word in words {
      guard let key = key(of: word), let next = child(of: node, by: key) else { return nil }
      node = next
    }
    return values[Int(node)]
  }

  func contains(_ words: [String]) -> Bool { value(for: words) != nil }

  /// The first word of every entry, as the table keys it (in lower case when case-insensitive).
  var firstWords: [String] { firstWordNodes.map(\.word) }

  /// The entries of one word, as the table keys them.
  var oneWordEntries: [String] { firstWordNodes.filter { values[Int($0.node)] != nil }.map(\.word) }
}
