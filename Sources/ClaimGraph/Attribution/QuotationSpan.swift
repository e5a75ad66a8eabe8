/// Text between a pair of quotation marks, possibly continued over
/// paragraphs that each open with a quotation mark.
struct QuotationSpan: Sendable {
  /// Token index of the first opening mark.
  let open: Int
  /// Token index of the last closing mark.
  let close: Int
  /// Content token ranges, one per paragraph, marks excluded.
  var parts: [Range<Int>]

  /// Which quotation marks pair up: double (`“…”`, `"…"`) or single (`‘…’`, `'…'`).
  enum Marks {
    case double, single

    /// Whether token `index` is a mark of this kind. By index, not token: most tokens are no mark,
    /// and copying each one to ask would retain its text.
    func contains(_ index: Int, in tokens: [Token]) -> Bool {
      guard tokens[index].kind == .quote else { return false }
      switch self {
      case .double: return tokens[index].isDoubleQuote
      case .single: return !tokens[index].isDoubleQuote
      }
    }
  }

  /// Double-quoted spans, then single-quoted ones (British style, `‘…,’ she
  /// said`) that no double-quoted span contains, in reading order.
  static func find(in tokens: [Token]) -> [QuotationSpan] {
    // Only quotation marks and tokens that open a line can open, close or break a quotation: both kinds
    // of mark are paired over these few, found once, rather than over every token twice.
    let marksAndLineStarts = tokens.indices.filter { tokens[$0].kind == .quote || tokens[$0].newlinesBefore > 0 }
    let double = find(in: tokens, at: marksAndLineStarts, marks: .double)
    let single = find(in: tokens, at: marksAndLineStarts, marks: .single).filter { span in
      !double.contains { $0.open <= span.open && span.close <= $0.close }
    }
    return (double + single).sorted { $0.open < $1.open }
  }

  /// Pairs opening and closing marks of one kind, reading the tokens at `indices`, in order: every
  /// quotation mark and every token that opens a line. A straight mark opens when
  /// white space or an opening bracket stands before it and closes otherwise.
  /// A paragraph break inside a quotation continues it when the new paragraph
  /// opens with a quotation mark; otherwise the quotation is dropped.
  private static func find(in tokens: [Token], at indices: [Int], marks: Marks) -> [QuotationSpan] {
    var spans: [QuotationSpan] = []
    var open: Int?
    var parts: [Range<Int>] = []
    var partStart = 0
    // Indices, not elements, for the reason `Marks.contains` gives.
    for index in indices {
      if open != nil, tokens[index].newlinesBefore > 0 {
        if marks.contains(index, in: tokens), opens(tokens[index], at: index, in: tokens) {
          if index > partStart { parts.append(partStart..<index) }
          partStart = index + 1
          continue
        }
        open = nil
        parts = []
      }
      guard marks.contains(index, in: tokens) else { continue }
      let token = tokens[index]
      if open == nil {
        if opens(token, at: index, in: tokens) {
          open = index
          partStart = index + 1
          parts = []
        }
      } else if closes(token, at: index, in: tokens, marks: marks) {
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

  /// A single closing mark must touch punctuation or end a line, so that the
  /// apostrophe of `the workers’ rights` does not close a quotation.
  private static func closes(_ token: Token, at index: Int, in tokens: [Token], marks: Marks) -> Bool {
    guard !token.text.isSpelled("”") else { return true }
    guard !opens(token, at: index, in: tokens) else { return false }
    guard marks == .single else { return true }
    let before = tokens[index - 1]
    if before.kind == .punctuation { return true }
    guard index + 1 < tokens.count else { return true }
    let after = tokens[index + 1]
    return after.newlinesBefore > 0 || (after.kind == .punctuation && !after.text.isSpelled("("))
  }
}
