/// A quote with its number within its document: the `N` of the passage
/// anchor `quote-N`, counted from 1 in graph order, as the `n` of the ids
/// `claimgraph run` gives (`quote:<document>:<n>`).
struct NumberedQuote: Sendable {
  let quote: GraphRecord.Quote
  let number: Int
  /// Where the quote stands in the graph's `quotes`, to keep graph order after other sorts.
  let position: Int

  var anchor: String { "quote-\(number)" }
}
