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
  let tokens: [Token]

  func link(_ mentions: [EntityMention], in document: Document) -> [EntityMention] {
    var linked = addBareNames(to: mentions, in: document)
    // `Kazakhstan Bureau for Human Rights` is the longer `Kazakhstan International Bureau for Human Rights and …`.
    let longOrganisations = linked.filter { $0.label == .org && $0.span.tokens.count >= 2 }.map { ($0, contentWords($0)) }
    for index in linked.indices where linked[index].label == .org && linked[index].span.tokens.count > 1 {
      let mention = linked[index]
      let own = contentWords(mention)
      if let fuller = longOrganisations
        .filter({ $0.0.span.tokens.count > mention.span.tokens.count && own.isSubset(of: $0.1) })
        .max(by: { $0.0.span.tokens.count < $1.0.span.tokens.count }) {
        linked[index].canonical = fuller.0.canonical
      }
    }

    let persons = linked.filter { $0.label == .person && nameWords($0).count >= 2 }.map { ($0, nameParts($0)) }
    let organisations = linked.filter { $0.label == .org && $0.span.tokens.count >= 2 }
    let organisationInitials = organisations.map(initials(of:))
    let measures = linked.filter { $0.label == .law }.map { ($0, comparable($0.text)) }
    for index in linked.indices {
      let mention = linked[index]
      switch mention.label {
      case .person where nameWords(mention).count == 1:
        let part = key(mention.text)
        if let full = nearest(persons, to: mention, where: { $0.1.contains(part) }) {
          linked[index].canonical = full.0.canonical
        }
      case .org where mention.span.tokens.count == 1 && mention.canonical == mention.text:
        let word = mention.text
        if let full = organisationInitials.firstIndex(of: word).map({ organisations[$0] })
          ?? nearest(organisations.map { ($0, ()) }, to: mention, where: { tokens[$0.0.span.tokens.upperBound - 1].text == word })?.0 {
          linked[index].canonical = full.canonical
        }
      case .law where mention.canonical == mention.text:
        let own = comparable(mention.text)
        if let fullest = measures.filter({ $0.1.contains(own) }).map(\.0).max(by: { fuller($1, than: $0) }) {
          linked[index].canonical = fullest.text
        }
        // `DPDP Act` is the `Digital Personal Data Protection Act, 2023` it abbreviates.
        if linked[index].canonical == mention.text, let spelled = spelledOut(mention, among: measures.map(\.0)) {
          linked[index].canonical = spelled.canonical == spelled.text ? spelled.text : spelled.canonical
        }
        // `Decree No. PF-51` is the one decree the document also names by its title.
        if linked[index].canonical == mention.text, let titled = titledMeasure(numbered: mention, among: measures.map(\.0)) {
          linked[index].canonical = titled.text
        }
      default:
        break
      }
    }
    return linked
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
        tokens[index].isCapitalized && !lexicon.nameConnectors.contains(tokens[index].text) ? tokens[index].text.first : nil
      })
      return initials == first.text
    }
  }

  /// For a measure named only by kind and number (`Decree No. PF-51`,
  /// `Directive (EU) 2023/970`), the single measure of the same kind that
  /// the document names by a title.
  private func titledMeasure(numbered mention: EntityMention, among measures: [EntityMention]) -> EntityMention? {
    let words = mention.span.tokens.map { tokens[$0].text }
    guard let kind = words.first(where: { lexicon.lawHeads.contains($0.prefix(1).uppercased() + $0.dropFirst()) })?.lowercased(),
          words.contains(where: { $0.contains(where: \.isNumber) }),
          words.filter({ $0.first?.isLetter == true }).count <= 3 else { return nil }
    let titled = Set(measures.filter { measure in
      measure.text != mention.text && !measure.text.contains(where: \.isNumber)
        && measure.text.lowercased().split(separator: " ").contains { $0.hasPrefix(kind) }
    }.map(\.text))
    guard titled.count == 1, let name = titled.first else { return nil }
    return measures.first { $0.text == name }
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
    Set(mention.span.tokens.map { tokens[$0].text }.filter { !lexicon.nameConnectors.contains($0) })
  }

  /// Name words of a person mention: particles (`Le`, `de`) are not names alone.
  private func nameWords(_ mention: EntityMention) -> [String] {
    mention.span.tokens.map { tokens[$0].text }.filter { !lexicon.nameParticles.contains($0) }
  }

  /// First and later names: `Héctor Garza Ruelas` is also `Garza` and `Ruelas`.
  private func nameParts(_ mention: EntityMention) -> Set<String> {
    Set(nameWords(mention).map(key))
  }

  private func key(_ word: String) -> String { word.lowercased() }

  private func isGivenName(_ lowercased: String) -> Bool {
    lexicon.givenNames.contains(lowercased.prefix(1).uppercased() + lowercased.dropFirst())
  }

  /// The nearest matching candidate before `mention`, else the first after it.
  private func nearest<Extra>(_ candidates: [(EntityMention, Extra)], to mention: EntityMention,
                              where matches: ((EntityMention, Extra)) -> Bool) -> (EntityMention, Extra)? {
    let start = mention.range.lowerBound
    return candidates.last(where: { $0.0.range.lowerBound < start && matches($0) })
      ?? candidates.first(where: { $0.0.range.lowerBound > start && matches($0) })
  }

  private func initials(of mention: EntityMention) -> String {
    String(mention.span.tokens.compactMap { index -> Character? in
      let word = tokens[index].text
      guard tokens[index].isCapitalized, !lexicon.nameConnectors.contains(word) else { return nil }
      return word.first
    })
  }

  private func comparable(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Capitalised words that no mention covers and that are a part of a full
  /// name in the document (`Karin` after `Erlan Karin`, `ZHOVTIS`).
  private func addBareNames(to mentions: [EntityMention], in document: Document) -> [EntityMention] {
    var parts: Set<String> = []
    for mention in mentions where mention.label == .person && nameWords(mention).count >= 2 {
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
    for (index, token) in tokens.enumerated() where !covered[index] && token.isCapitalized && parts.contains(key(token.text)) {
      // `De Vries`, `Al Ketbi`, `Van der Berg`: capitalised particles before the surname belong to it.
      var start = index
      while start > 0, !covered[start - 1], lexicon.nameParticles.contains(tokens[start - 1].text),
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
