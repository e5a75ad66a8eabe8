/// Tags PERSON, ORG, LAW, DATE and MONEY mentions and links the mentions of
/// one name within the document.
///
/// - Reads: `tokens`, `sentences`. Adds: `entities` (with `norm` on DATE and
///   MONEY, and `canonical`, the fullest name of each mention's entity).
/// - Finds, per sentence: listed names (`entities.tsv`), dates, amounts of
///   money, measures with quoted titles or numbers, and names from runs of
///   capitalised words (see ``NameRecognizer``); overlaps are resolved by
///   ``Candidate/resolveOverlaps(_:into:)``. Then ``NameCoreference`` links
///   `Tokayev` to `Kassym-Jomart Tokayev` and tags later bare first or last names.
public struct EntityTagger: Stage {
  public let name = "entities"
  public let requires: Set<Layer> = [.tokens, .sentences]
  public let provides: Set<Layer> = [.entities]

  private let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// `12.96 million tenge ($40,000)`, `€5m (about $5.4m)`: an amount in
  /// brackets right after another is its conversion.
  static func linkConversions(_ mentions: [EntityMention], tokens: [Token]) -> [EntityMention] {
    var linked = mentions
    for index in linked.indices.dropFirst() where linked[index].label == .money && linked[index - 1].label == .money {
      var open = linked[index].span.tokens.lowerBound - 1
      while open > 0, ["about", "approximately", "around", "roughly", "some", "nearly", "almost", "≈", "~", "or"].contains(tokens[open].text) { open -= 1 }
      guard open >= 0, tokens[open].text.isSpelled("("), open == linked[index - 1].span.tokens.upperBound else { continue }
      linked[index].conversionOf = linked[index - 1].range
    }
    return linked
  }

  public func process(_ document: Document) -> Document {
    var document = document
    let tokens = document.tokens
    let words = document.words
    let lexemes = document.lexemes
    let known = KnownEntityRecognizer(lexicon: lexicon, words: words, lexemes: lexemes)
    let dates = DateRecognizer(lexicon: lexicon, tokens: tokens, lexemes: lexemes)
    let money = MoneyRecognizer(lexicon: lexicon, tokens: tokens, words: words, lexemes: lexemes)
    let measures = MeasureTitleRecognizer(lexicon: lexicon, tokens: tokens, words: words, lexemes: lexemes)
    let names = NameRecognizer(lexicon: lexicon, tokens: tokens, words: words, lexemes: lexemes)

    var chosen: [Candidate] = []
    // One buffer for every sentence's candidates: five arrays joined anew for each sentence were a third of the glue's cost.
    var candidates: [Candidate] = []
    for sentence in document.sentences {
      let range = sentence.tokens
      candidates.removeAll(keepingCapacity: true)
      known.entities(in: range, into: &candidates)
      dates.dates(in: range, into: &candidates)
      money.amounts(in: range, into: &candidates)
      measures.measures(in: range, into: &candidates)
      names.names(in: range, into: &candidates)
      Candidate.resolveOverlaps(candidates, into: &chosen)
    }
    chosen = Candidate.definedAcronyms(Candidate.oneSensePerDocument(chosen, words: words), tokens: tokens)
    let references = ReferenceDates(given: document.referenceDate, dates: chosen.filter { $0.label == .date }, tokens: tokens)
    document.referenceDate = references.document

    var mentions: [EntityMention] = chosen.map { candidate in
      let span = Span(tokens: candidate.tokens, in: tokens)
      var mention = EntityMention(label: candidate.label, span: span, text: document.text(in: span.range),
                                  norm: candidate.norm, canonical: candidate.canonical)
      if let date = candidate.date, let iso = date.normalized(reference: references.reference(at: span.range.lowerBound)) {
        mention.norm = .date(iso)
      }
      return mention
    }
    mentions = Self.linkConversions(NameCoreference(lexicon: lexicon, document: document).link(mentions), tokens: tokens)
    document.entities = mentions
    return document
  }
}
