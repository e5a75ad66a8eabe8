/// Text between a pair of double quotation marks, possibly continued over
/// paragraphs that each open with a quotation mark.
struct QuotationSpan: Sendable {
  /// Token index of the first opening mark.
  let open: Int
  /// Token index of the last closing mark, or of the last content token when
  /// the quotation runs to the end of its paragraph unclosed.
  let close: Int
  /// Content token ranges, one per paragraph, marks excluded.
  var parts: [Range<Int>]

  /// Pairs opening and closing double quotation marks. A straight `"` opens
  /// when white space or an opening bracket stands before it and closes
  /// otherwise. A paragraph break inside a quotation continues it when the
  /// new paragraph opens with a quotation mark; otherwise the quotation is dropped.
  static func find(in tokens: [Token]) -> [QuotationSpan] {
    var spans: [QuotationSpan] = []
    var open: Int?
    var parts: [Range<Int>] = []
    var partStart = 0
    for (index, token) in tokens.enumerated() {
      if open != nil, token.newlinesBefore > 0 {
        if token.kind == .quote, opens(token, at: index, in: tokens) {
          if index > partStart { parts.append(partStart..<index) }
          partStart = index + 1
          continue
        }
        open = nil
        parts = []
      }
      guard token.kind == .quote, token.isDoubleQuote else { continue }
      if open == nil {
        if opens(token, at: index, in: tokens) {
          open = index
          partStart = index + 1
          parts = []
        }
      } else if !opens(token, at: index, in: tokens) || token.text == "”" {
        if index > partStart { parts.append(partStart..<index) }
        if !parts.isEmpty { spans.append(QuotationSpan(open: open!, close: index, parts: parts)) }
        open = nil
        parts = []
      }
    }
    return spans
  }

  private static func opens(_ token: Token, at index: Int, in tokens: [Token]) -> Bool {
    if token.isOpeningQuote { return true }
    if token.isClosingQuote { return false }
    let nextIsTight = index + 1 < tokens.count && !tokens[index + 1].spaceBefore
    guard nextIsTight else { return false }
    if token.spaceBefore || index == 0 { return true }
    return ["(", "[", "—", "–", "-", ":"].contains(tokens[index - 1].text)
  }
}
