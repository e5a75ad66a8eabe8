/// Links each statement to the measures it is about.
///
/// - Reads: `tokens`, `sentences`, `entities`, `quotes`. Adds: `about` on each quote.
/// - A statement is about a measure named in it, named in the sentence that
///   introduces it, or referred to in it by a determiner and a measure's head
///   word (`the decree`, `today’s decree`, `the Strategy`, `the action plan`);
///   such a reference is the measure of that kind the document last named
///   before it (else the first one after). Measures are given by their fullest name.
public struct ClaimLinker: Stage {
  public let name = "claims"
  public let requires: Set<Layer> = [.tokens, .sentences, .entities, .quotes]
  public let provides: Set<Layer> = [.claims]

  private let lexicon: Lexicon
  /// Law heads as a lower-case phrase reads them (`action plan` for `Action Plan`); a one-word
  /// head is a token whose lexeme, folded, is ``WordClasses/lawHeadCapitalized``.
  private let lowercaseLawHeads: Set<String>
  /// The generic measure words with the heads they stand for, in lower case (`law` → `act`, `code`, …).
  private let genericHeads: ASCIIWordTable<Set<String>>
  private static let determiners: Set<String> = ["the", "this", "that", "its", "our", "their", "these", "whose", "such", "a", "an", "said"]

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    lowercaseLawHeads = Set(lexicon.lawHeads.filter { Self.capitalised($0.lowercased()) == $0 }.map { $0.lowercased() })
    genericHeads = ASCIIWordTable(lexicon.genericMeasureWords.mapValues { Set($0.map { $0.lowercased() }) })
  }

  /// `action plan` → `Action Plan`.
  private static func capitalised(_ phrase: String) -> String {
    phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }

  public func process(_ document: Document) -> Document {
    var document = document
    // Each reference is compared with every measure: fold each measure's words once.
    let measures = document.entities.filter { $0.label == .law }.map { Measure($0, lawParts: lexicon.lawParts) }
    guard !measures.isEmpty else { return document }
    let direct = document.quotes.filter { $0.kind == .direct }
    for index in document.quotes.indices {
      document.quotes[index].about = about(document.quotes[index], in: document, measures: measures, direct: direct)
    }
    return document
  }

  /// A LAW mention with its text lower-cased and its words, as references are matched against them.
  private struct Measure {
    let mention: EntityMention
    let lower: String
    let words: Set<String>
    /// A whole measure, not a numbered part of one (`Article 5 of the Code`):
    /// references prefer whole measures, and every reference asks.
    let isWhole: Bool

    init(_ mention: EntityMention, lawParts: Set<String>) {
      self.mention = mention
      lower = mention.text.lowerCasedForLookup
      words = Set(lower.lettersAndHyphens)
      // One split, for the first word: splitting the whole name broke all of it into characters.
      isWhole = !lawParts.contains(mention.text.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? "")
    }
  }

  private func about(_ quote: Quote, in document: Document, measures: [Measure], direct: [Quote]) -> [String] {
    let sentence = document.sentences[quote.sentence].range
    var scope = min(quote.range.lowerBound, sentence.lowerBound)..<max(quote.range.upperBound, sentence.upperBound)
    if let introduction = quote.introduction { scope = min(scope.lowerBound, introduction.lowerBound)..<scope.upperBound }
    // A statement introduced by a direct quote in the same sentence (`“…,” she said, adding that …`) shares its context.
    // Direct quotes never overlap one another, so those overlapping the scope are one run of the sorted list.
    let firstDirect = direct.partitionPoint { $0.range.upperBound > scope.lowerBound }
    for other in direct[firstDirect...].prefix(while: { $0.range.lowerBound < scope.upperBound }) {
      scope = min(scope.lowerBound, other.range.lowerBound)..<max(scope.upperBound, other.range.upperBound)
    }
    let firstMeasure = measures.partitionPoint { $0.mention.range.lowerBound >= scope.lowerBound }
    var found: [(offset: Int, name: String)] = measures[firstMeasure...]
      .prefix { $0.mention.range.lowerBound < scope.upperBound }
      .map { ($0.mention.range.lowerBound, $0.mention.canonical) }
    let tokens = document.tokens, lexemes = document.lexemes
    for index in document.tokens(startingIn: scope) where index > 1 {
      guard let phrase = reference(endingAt: index, in: tokens, lexemes: lexemes),
            let target = referent(of: phrase, at: tokens[index].range.lowerBound, measures: measures) else { continue }
      found.append((tokens[index].range.lowerBound, target.canonical))
    }
    var seen = Set<String>()
    return found.sorted { $0.offset < $1.offset }.compactMap { seen.insert($0.name).inserted ? $0.name : nil }
  }

  /// `the action plan`, `today’s decree`, `a corresponding decree`: a determiner
  /// or possessive, at most one modifier, and a measure's head word.
  private func reference(endingAt index: Int, in tokens: [Token], lexemes: [Lexeme]) -> String? {
    // Most tokens are no head: the lexeme says so before any lower-casing or look-up.
    guard !lexemes[index].folded.isDisjoint(with: [.lawHeadCapitalized, .genericMeasureWord]) else { return nil }
    let head = tokens[index].text.lowercased()
    if isDeterminer(tokens[index - 1].text) { return head }
    guard isDeterminer(tokens[index - 2].text), tokens[index - 1].isLowercaseWord else { return nil }
    let phrase = tokens[index - 1].text.lowercased() + " " + head
    return isMeasureHead(phrase) ? phrase : head
  }

  private func isDeterminer(_ word: String) -> Bool {
    Self.determiners.contains(word.lowercased()) || word.isSpelled("’s") || word.isSpelled("'s")
  }

  /// Whether a lower-case phrase is a measure's head word: a law head (`decree`, `action plan`) or a generic word (`law`).
  private func isMeasureHead(_ phrase: String) -> Bool {
    lowercaseLawHeads.contains(phrase) || genericHeads[phrase] != nil || phrase == "action plan"
  }

  /// The measure of that kind named last before `offset` (else first after),
  /// a whole measure rather than an article of it. A generic word (`the law`,
  /// `this bill`) stands for measures of related kinds (`Act`, `Code`) named
  /// shortly before, never for others: `the law` after only a decree, or long
  /// after the last act was named, is the law in general and links nothing.
  private func referent(of phrase: String, at offset: Int, measures: [Measure]) -> EntityMention? {
    if let heads = genericHeads[phrase] {
      let recent = measures.filter { $0.mention.range.lowerBound < offset && offset - $0.mention.range.lowerBound <= Self.genericReach }
      return mentioning(heads, in: recent).last
    }
    let preferred = mentioning([phrase], in: measures)
    return preferred.last { $0.range.lowerBound < offset } ?? preferred.first
  }

  /// How far back, in scalars, a generic word (`the law`) looks for its measure: about two paragraphs.
  private static let genericReach = 1500

  /// Measures whose words include one of `heads`, whole measures before articles of them.
  private func mentioning(_ heads: Set<String>, in measures: [Measure]) -> [EntityMention] {
    let matching = measures.filter { measure in
      heads.contains { $0.utf8.contains(0x20) ? measure.lower.contains($0) : measure.words.contains($0) }
    }
    let whole = matching.filter(\.isWhole)
    return (whole.isEmpty ? matching : whole).map(\.mention)
  }
}
