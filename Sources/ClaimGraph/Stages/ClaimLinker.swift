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
  private let genericHeads: ASCIIWordTable<Heads>
  private static let determiners: Set<String> = ["the", "this", "that", "its", "our", "their", "these", "whose", "such", "a", "an", "said"]

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    lowercaseLawHeads = Set(lexicon.lawHeads.filter { Self.capitalised($0.lowercased()) == $0 }.map { $0.lowercased() })
    genericHeads = ASCIIWordTable(lexicon.genericMeasureWords.mapValues { Heads(Set($0.map { $0.lowercased() })) })
  }

  /// `action plan` → `Action Plan`.
  private static func capitalised(_ phrase: String) -> String {
    phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }

  public func process(_ document: Document) -> Document {
    var document = document
    let measures = document.entities.filter { $0.label == .law }
    guard !measures.isEmpty else { return document }
    // Each reference is compared with every measure: fold each measure's name once.
    let names = measures.map { MeasureName($0.text, lawParts: lexicon.lawParts) }
    let direct = document.quotes.filter { $0.kind == .direct }
    for index in document.quotes.indices {
      document.quotes[index].about = about(document.quotes[index], in: document, measures: measures, names: names, direct: direct)
    }
    return document
  }

  /// A LAW mention's name lower-cased, as references are matched against it.
  struct MeasureName {
    let lower: String
    /// A whole measure, not a numbered part of one (`Article 5 of the Code`):
    /// references prefer whole measures, and every reference asks.
    let isWhole: Bool
    /// The runs of letters and hyphens of a name beyond ASCII; an ASCII name's are read in `lower` as asked,
    /// which costs less than making a set of them for each of the document's measures.
    private let wordsBeyondASCII: Set<String>?

    init(_ name: String, lawParts: Set<String>) {
      lower = name.lowerCasedForLookup
      if lower.isASCII {
        wordsBeyondASCII = nil
        // In ASCII a character is a byte (or `\r\n`, no space either): the first word, lower-cased, is `lower`'s first bytes.
        let firstWord = lower.withUTF8Bytes { String(decoding: $0.drop { $0 == 0x20 }.prefix { $0 != 0x20 }, as: UTF8.self) }
        isWhole = !lawParts.contains(firstWord)
      } else {
        wordsBeyondASCII = Set(lower.lettersAndHyphens)
        // One split, for the first word: splitting the whole name broke all of it into characters.
        isWhole = !lawParts.contains(name.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? "")
      }
    }

    /// Whether one of the heads' words is one of the name's runs of letters and hyphens
    /// (`mass-media` or `law` in `law on mass-media`, not `media` or `la`).
    func hasWord(among heads: Heads) -> Bool {
      if let wordsBeyondASCII { return heads.words.contains { wordsBeyondASCII.contains($0) } }
      // The runs of an ASCII name are ASCII letters and hyphens: a word equals one only byte for byte.
      return lower.withUTF8Bytes { name in
        var start = 0
        for end in 0...name.count where end == name.count || !Self.isLetterOrHyphen(name[end]) {
          if end > start,
             heads.words.contains(where: { $0.utf8.count == end - start && $0.withUTF8Bytes { $0.elementsEqual(name[start..<end]) } }) {
            return true
          }
          start = end + 1
        }
        return false
      }
    }

    private static func isLetterOrHyphen(_ byte: UInt8) -> Bool {
      ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == UInt8(ascii: "-")
    }
  }

  private func about(_ quote: Quote, in document: Document, measures: [EntityMention], names: [MeasureName], direct: [Quote]) -> [String] {
    let sentence = document.sentences[quote.sentence].range
    var scope = min(quote.range.lowerBound, sentence.lowerBound)..<max(quote.range.upperBound, sentence.upperBound)
    if let introduction = quote.introduction { scope = min(scope.lowerBound, introduction.lowerBound)..<scope.upperBound }
    // A statement introduced by a direct quote in the same sentence (`“…,” she said, adding that …`) shares its context.
    // Direct quotes never overlap one another, so those overlapping the scope are one run of the sorted list.
    let firstDirect = direct.partitionPoint { $0.range.upperBound > scope.lowerBound }
    for other in direct[firstDirect...].prefix(while: { $0.range.lowerBound < scope.upperBound }) {
      scope = min(scope.lowerBound, other.range.lowerBound)..<max(scope.upperBound, other.range.upperBound)
    }
    let firstMeasure = measures.partitionPoint { $0.range.lowerBound >= scope.lowerBound }
    var found: [(offset: Int, name: String)] = measures[firstMeasure...]
      .prefix { $0.range.lowerBound < scope.upperBound }
      .map { ($0.range.lowerBound, $0.canonical) }
    let tokens = document.tokens, lexemes = document.lexemes
    for index in document.tokens(startingIn: scope) where index > 1 {
      guard let phrase = reference(endingAt: index, in: tokens, lexemes: lexemes),
            let target = referent(of: phrase, at: tokens[index].range.lowerBound, measures: measures, names: names) else { continue }
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
  private func referent(of phrase: String, at offset: Int, measures: [EntityMention], names: [MeasureName]) -> EntityMention? {
    if let heads = genericHeads[phrase] {
      let recent = measures.indices.filter {
        measures[$0].range.lowerBound < offset && offset - measures[$0].range.lowerBound <= Self.genericReach
      }
      return mentioning(heads, among: recent, names: names).last.map { measures[$0] }
    }
    let preferred = mentioning(Heads([phrase]), among: measures.indices, names: names)
    return (preferred.last { measures[$0].range.lowerBound < offset } ?? preferred.first).map { measures[$0] }
  }

  /// How far back, in scalars, a generic word (`the law`) looks for its measure: about two paragraphs.
  private static let genericReach = 1500

  /// The head words a reference stands for, in lower case, split once as measures are searched for them.
  struct Heads {
    /// Found among a measure's words (`act`).
    let words: [String]
    /// Of several words, found in a measure's lower-cased name (`action plan`).
    let phrases: [String]

    init(_ heads: some Sequence<String>) {
      words = heads.filter { !$0.utf8.contains(0x20) }
      phrases = heads.filter { $0.utf8.contains(0x20) }
    }
  }

  /// The measures among `candidates` (indices of `names`) whose names include one of `heads`, whole
  /// measures before articles of them.
  private func mentioning(_ heads: Heads, among candidates: some Collection<Int>, names: [MeasureName]) -> [Int] {
    let matching = candidates.filter { index in
      names[index].hasWord(among: heads) || heads.phrases.contains { names[index].lower.contains($0) }
    }
    let whole = matching.filter { names[$0].isWhole }
    return whole.isEmpty ? matching : whole
  }
}
