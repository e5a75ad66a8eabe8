/// Links the mentions of one entity within a document and sets each
/// mention's `canonical` to the entity's fullest name there.
///
/// - A person's first or last name alone (`Tokayev`, `Vera`) is the nearest
///   full name before it that has that part (else the first after), and an
///   untagged capitalised word that is such a part becomes a PERSON mention.
/// - An acronym (`OSCE`) is the organisation whose initials it spells; a bare
///   head word (`the Commission`) or last word (`Tribuna`) is the nearest
///   organisation that ends with it.
/// - A measure is the longest measure in the document that contains its words.
struct NameCoreference {
  let lexicon: Lexicon
  /// A tokenized document, whose tokens and lexemes the mentions to link refer to.
  let document: Document
  /// The document's, kept apart: read for every token, and a property that reads them from `document` retains them each time.
  private let tokens: [Token]
  private let lexemes: [Lexeme]

  init(lexicon: Lexicon, document: Document) {
    self.lexicon = lexicon
    self.document = document
    tokens = document.tokens
    lexemes = document.lexemes
  }

  func link(_ mentions: [EntityMention]) -> [EntityMention] {
    var linked = addBareNames(to: mentions)
    // Organisations: the fuller name that contains all of a shorter one's words
    // (`Kazakhstan Bureau for Human Rights` is `Kazakhstan International Bureau for Human Rights and …`).
    // Worked out once per distinct name, so repeated names cost nothing more.
    let longOrganisations = distinct(linked.filter { $0.label == .org && $0.span.tokens.count >= 2 }).map { ($0, contentWords($0)) }
    var fullerOrganisation: [String: String] = [:]
    for index in linked.indices where linked[index].label == .org && linked[index].span.tokens.count > 1 {
      let mention = linked[index]
      if fullerOrganisation[mention.text] == nil {
        let own = contentWords(mention)
        let fuller = longOrganisations
          .filter { $0.0.span.tokens.count > mention.span.tokens.count && own.isSubset(of: $0.1) }
          .max { $0.0.span.tokens.count < $1.0.span.tokens.count }
        fullerOrganisation[mention.text] = fuller?.0.canonical ?? mention.canonical
      }
      linked[index].canonical = fullerOrganisation[mention.text]!
    }

    let personsByPart = NameIndex(linked.filter { $0.label == .person && nameWordCount($0) >= 2 }) { nameParts($0) }
    let organisations = linked.filter { $0.label == .org && $0.span.tokens.count >= 2 }
    let organisationsByLastWord = NameIndex(organisations) { [tokens[$0.span.tokens.upperBound - 1].text] }
    var spelledAcronyms: [String: String] = [:]
    for organisation in organisations {
      let spelled = initials(of: organisation)
      if spelledAcronyms[spelled] == nil { spelledAcronyms[spelled] = organisation.canonical }
    }
    let measures = MeasureTable(distinct(linked.filter { $0.label == .law }))
    var measureNames: [String: String] = [:]
    for index in linked.indices {
      let mention = linked[index]
      switch mention.label {
      case .person where nameWordCount(mention) == 1:
        if let full = personsByPart.nearest(key(mention.text), to: mention.range.lowerBound) {
          linked[index].canonical = full
        }
      case .org where mention.span.tokens.count == 1 && mention.canonical == mention.text:
        if let full = spelledAcronyms[mention.text] ?? organisationsByLastWord.nearest(mention.text, to: mention.range.lowerBound) {
          linked[index].canonical = full
        }
      case .law where mention.canonical == mention.text:
        if measureNames[mention.text] == nil { measureNames[mention.text] = fullestName(of: mention, among: measures) }
        linked[index].canonical = measureNames[mention.text]!
      default:
        break
      }
    }
    return linked
  }

  /// The longest measure containing this one's words, else the measure it
  /// abbreviates (`DPDP Act`), else the one measure of its kind named by title
  /// (`Decree No. PF-51`).
  private func fullestName(of mention: EntityMention, among measures: MeasureTable) -> String {
    let own = measures.folded(mention.text)
    let containing = measures.mentions.indices.filter { measures.folded[$0].contains(own) }.map { measures.mentions[$0] }
    if let fullest = containing.max(by: { fuller($1, than: $0) }), fullest.text != mention.text {
      return fullest.text
    }
    if let spelled = spelledOut(mention, among: measures.mentions) {
      return spelled.canonical == spelled.text ? spelled.text : spelled.canonical
    }
    return titledMeasure(numbered: mention, among: measures)?.text ?? mention.text
  }

  /// One mention per distinct text, the first in reading order.
  private func distinct(_ mentions: [EntityMention]) -> [EntityMention] {
    var seen = Set<String>()
    return mentions.filter { seen.insert($0.text).inserted }
  }


  /// The measure whose initials an abbreviated measure spells: `DPDP Act` and
  /// `Digital Personal Data Protection Act`.
  private func spelledOut(_ mention: EntityMention, among measures: [EntityMention]) -> EntityMention? {
    let first = tokens[mention.span.tokens.lowerBound]
    guard first.isAllCaps, mention.span.tokens.count >= 2 else { return nil }
    let head = tokens[mention.span.tokens.upperBound - 1].text
    return measures.first { measure in
      guard measure.span.tokens.count > mention.span.tokens.count,
            let headIndex = measure.span.tokens.last(where: { tokens[$0].text == head }) else { return false }
      let initials = String((measure.span.tokens.lowerBound..<headIndex).compactMap { index -> Character? in
        tokens[index].isCapitalized && !lexemes[index].exact.contains(.nameConnector) ? tokens[index].text.first : nil
      })
      return initials == first.text
    }
  }

  /// For a measure named only by kind and number (`Decree No. PF-51`,
  /// `Directive (EU) 2023/970`), the single measure of the same kind that
  /// the document names by a title.
  private func titledMeasure(numbered mention: EntityMention, among measures: MeasureTable) -> EntityMention? {
    let words = mention.span.tokens.map { tokens[$0].text }
    guard let head = mention.span.tokens.first(where: { !lexemes[$0].exact.isDisjoint(with: [.lawHead, .lawHeadCapitalized]) }),
          words.contains(where: \.containsNumber),
          words.filter({ $0.first?.isLetter == true }).count <= 3 else { return nil }
    let kind = tokens[head].text.lowercased()
    let titled = Set(measures.titled.filter { measure in
      measure.text != mention.text && measure.lowerCasedWords.contains { $0.hasPrefix(kind) }
    }.map(\.text))
    guard titled.count == 1, let name = titled.first else { return nil }
    return measures.mentions.first { $0.text == name }
  }

  /// Longer, then with more capitalised words (`Strategy on Combatting …` over `Strategy on combatting …`).
  private func fuller(_ a: EntityMention, than b: EntityMention) -> Bool {
    let lengthA = a.text.unicodeScalars.count, lengthB = b.text.unicodeScalars.count
    if lengthA != lengthB { return lengthA > lengthB }
    let capitalsA = a.span.tokens.filter { tokens[$0].isCapitalized }.count
    let capitalsB = b.span.tokens.filter { tokens[$0].isCapitalized }.count
    return capitalsA > capitalsB
  }

  private func contentWords(_ mention: EntityMention) -> Set<String> {
    Set(mention.span.tokens.filter { !lexemes[$0].exact.contains(.nameConnector) }.map { tokens[$0].text })
  }

  /// Name words of a person mention: particles (`Le`, `de`) are not names alone.
  private func nameWords(_ mention: EntityMention) -> [String] {
    mention.span.tokens.filter { !lexemes[$0].exact.contains(.nameParticle) }.map { tokens[$0].text }
  }

  /// How many name words a person mention has, without making them.
  private func nameWordCount(_ mention: EntityMention) -> Int {
    mention.span.tokens.count { !lexemes[$0].exact.contains(.nameParticle) }
  }

  /// First and later names: `Héctor Garza Ruelas` is also `Garza` and `Ruelas`.
  private func nameParts(_ mention: EntityMention) -> Set<String> {
    Set(nameWords(mention).map(key))
  }

  private func key(_ word: String) -> String { word.lowerCasedForLookup }

  private func isGivenName(_ lowercased: String) -> Bool {
    lexicon.givenNames.contains(lowercased.prefix(1).uppercased() + lowercased.dropFirst())
  }

  private func initials(of mention: EntityMention) -> String {
    String(mention.span.tokens.compactMap { index -> Character? in
      let word = tokens[index].text
      guard tokens[index].isCapitalized, !lexemes[index].exact.contains(.nameConnector) else { return nil }
      return word.first
    })
  }

  /// Capitalised words that no mention covers and that are a part of a full
  /// name in the document (`Karin` after `Erlan Karin`, `ZHOVTIS`).
  private func addBareNames(to mentions: [EntityMention]) -> [EntityMention] {
    var parts: Set<String> = []
    for mention in mentions where mention.label == .person && nameWordCount(mention) >= 2 {
      parts.formUnion(nameParts(mention).filter { $0.count >= 3 && (!lexicon.commonWords.contains($0) || isGivenName($0)) })
    }
    guard !parts.isEmpty else { return mentions }
    // An all-capital surname (`Mr ZHOVTIS`) was read as an acronym; it is the person.
    var mentions = mentions.map { mention -> EntityMention in
      guard mention.label == .org, mention.span.tokens.count == 1, tokens[mention.span.tokens.lowerBound].isAllCaps,
            parts.contains(key(mention.text)) else { return mention }
      return EntityMention(label: .person, span: mention.span, text: mention.text)
    }
    var covered = [Bool](repeating: false, count: tokens.count)
    for mention in mentions { for index in mention.span.tokens { covered[index] = true } }
    var added: [EntityMention] = []
    for index in tokens.indices where !covered[index] && tokens[index].isCapitalized && parts.contains(key(tokens[index].text)) {
      // `De Vries`, `Al Ketbi`, `Van der Berg`: capitalised particles before the surname belong to it.
      var start = index
      while start > 0, !covered[start - 1], lexemes[start - 1].exact.contains(.nameParticle),
            tokens[start - 1].isCapitalized || start < index { start -= 1 }
      while start < index, !tokens[start].isCapitalized { start += 1 }
      let span = Span(tokens: start..<(index + 1), in: tokens)
      added.append(EntityMention(label: .person, span: span, text: document.text(in: span.range)))
    }
    guard !added.isEmpty else { return mentions }
    mentions += added
    return mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}

/// Mentions filed under keys (name parts, last words) in reading order, to
/// find the nearest one with a key before an offset, else the first after.
private struct NameIndex {
  private var entries: [String: [(offset: Int, canonical: String)]] = [:]

  init(_ mentions: [EntityMention], keys: (EntityMention) -> Set<String>) {
    for mention in mentions {
      for key in keys(mention) { entries[key, default: []].append((mention.range.lowerBound, mention.canonical)) }
    }
  }

  /// - Complexity: O(log n).
  func nearest(_ key: String, to offset: Int) -> String? {
    guard let list = entries[key], !list.isEmpty else { return nil }
    let after = list.partitionPoint { $0.offset >= offset }
    if after > 0 { return list[after - 1].canonical }
    return list.first { $0.offset > offset }?.canonical
  }
}
