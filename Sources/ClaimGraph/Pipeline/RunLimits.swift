/// Bounds that keep one pathological document from taking a run's time or
/// memory. Fixed before a run; what each did is reported in the run's summary.
public struct RunLimits: Sendable, Equatable {
  /// Larger documents are skipped, with the reason in `skipped.jsonl`.
  public var maxDocumentBytes: Int
  /// Longer sentences (in tokens) are cut into pieces of this length.
  public var maxSentenceTokens: Int
  /// Longer quotations (in tokens) are not attributed: an unclosed quotation
  /// mark must not swallow a document.
  public var maxQuoteTokens: Int

  public init(maxDocumentBytes: Int = 32 << 20, maxSentenceTokens: Int = 1_000, maxQuoteTokens: Int = 2_000) {
    self.maxDocumentBytes = maxDocumentBytes
    self.maxSentenceTokens = maxSentenceTokens
    self.maxQuoteTokens = maxQuoteTokens
  }

  public static let standard = RunLimits()
}
