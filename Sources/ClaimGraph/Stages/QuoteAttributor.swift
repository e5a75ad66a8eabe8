/// Finds attributed statements and their speakers.
///
/// - Reads: `tokens`, `sentences`, `entities`. Adds: `quotes`.
/// - Direct quotes: text in double quotation marks with a speech cue beside
///   it, tried in order by sieves that each fill only what is still
///   unattributed (CoreNLP's quote attribution works the same way):
///   `“…,” said X` / `“…,” X said`, then `X said: “…”` / `according to X, “…”`.
///   A quotation interrupted by its attribution (`“A,” she said, “B.”`) is one
///   quote. Quoted titles of measures and quotations with no cue beside them
///   (scare quotes) are not quotes.
/// - Reported speech: see ``ReportedSpeechFinder``.
/// - Speakers: see ``SpeakerResolver``; a quote whose source names nobody keeps `speaker: nil`.
public struct QuoteAttributor: Stage {
  public let name = "quotes"
  public let requires: Set<Layer> = [.tokens, .sentences, .entities]
  public let provides: Set<Layer> = [.quotes]

  private let lexicon: Lexicon
  private let maxQuoteTokens: Int

  /// - Parameter maxQuoteTokens: longer quotations are not attributed.
  public init(lexicon: Lexicon, maxQuoteTokens: Int = RunLimits.standard.maxQuoteTokens) {
    self.lexicon = lexicon
    self.maxQuoteTokens = max(1, maxQuoteTokens)
  }

  public func process(_ document: Document) -> Document {
    var document = document
    let resolver = SpeakerResolver(document: document)
    let finder = DirectQuoteFinder(document: document, lexicon: lexicon, resolver: resolver, maxTokens: maxQuoteTokens)
    let direct = finder.quotes()
    if finder.overlongSpans > 0 {
      document.warnings.append("\(finder.overlongSpans) quotation\(finder.overlongSpans == 1 ? "" : "s") longer than \(maxQuoteTokens) tokens not attributed (--max-quote-length)")
    }
    let reported = ReportedSpeechFinder(document: document, lexicon: lexicon, resolver: resolver)
      .statements(avoiding: finder.quotedTokens, direct: direct)
    document.quotes = Self.inReadingOrder(direct + reported)
    return document
  }

  /// The quotes by their first scalar, a direct quote before an indirect one that starts there, and
  /// otherwise as found. Sorted as integer keys: sorting the quotes themselves copied each one it moved,
  /// its strings retained and released, and compared the kinds' names.
  private static func inReadingOrder(_ quotes: [Quote]) -> [Quote] {
    let keys = quotes.indices.map { (quotes[$0].range.lowerBound, quotes[$0].kind == .direct ? 0 : 1, $0) }
    return keys.sorted { $0 < $1 }.map { quotes[$0.2] }
  }
}
