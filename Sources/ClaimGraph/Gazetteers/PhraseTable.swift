/// Maps token sequences to values and finds the longest entry starting at a
/// token, in one walk of a trie.
///
/// - Complexity: O(k) per lookup, where k is the length of the longest entry.
struct PhraseTable<Value: Sendable>: Sendable {
  private final class Node: @unchecked Sendable {
    var children: [String: Node] = [:]
    var value: Value?
  }

  private let root = Node()
  let caseSensitive: Bool

  init(caseSensitive: Bool) {
    self.caseSensitive = caseSensitive
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

  /// The longest entry matching `words[start...]`: its length in words and value.
  func longestMatch(in words: [String], from start: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
    var node = root
    var best: (Int, Value)?
    var index = start
    let end = min(words.count, limit ?? words.count)
    while index < end, let next = node.children[key(words[index])] {
      node = next
      index += 1
      if let value = node.value { best = (index - start, value) }
    }
    return best
  }

  /// The value stored for exactly `words`.
  func value(for words: [String]) -> Value? {
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
