extension Array where Element == Token {
  /// Every token's text, in order. Read by index: mapping the tokens themselves copies each whole
  /// token (its text retained, and released again) on the way to its text, once a token a document.
  var texts: [String] { indices.map { self[$0].text } }
}
