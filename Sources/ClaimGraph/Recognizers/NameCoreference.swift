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

  // Mentions are read in place by index throughout: copying one retains and releases each of its strings.
  func link(_ mentions: [EntityMention]) -> [EntityMention] {
    var linked = addBareNames(to: mentions)
    linkToFullerOrganisations(&linked)

    let personsByPart = personsByNamePart(linked)
    let (organisationsByLastWord, spelledAcronyms) = organisationsByLastWordAndInitials(linked)
    var measures = MeasureTable(measuresIn: linked, tokens: tokens)
    var measureNames = [String?](repeating: nil, count: measures.measures.count)
    for index in linked.indices {
      let offset = linked[index].range.lowerBound
      switch linked[index].label {
      case .person where nameWordCount(linked[index].span.tokens) == 1:
        if let full = personsByPart.nearest(key(linked[index].text), to: offset) {
          linked[index].canonical = full
        }
      case .org where linked[index].span.tokens.count == 1 && linked[index].canonical == linked[index].text:
        let text = linked[index].text
        if let full = spelledAcronyms[text] ?? organisationsByLastWord.nearest(text, to: offset) {
          linked[index].canonical = full
        }
      case .law where linked[index].canonical == linked[index].text:
        // Every LAW mention's text is in the table: it was made of them.
        let measure = measures.index(of: linked[index].text)!
        if measureNames[measure] == nil { measureNames[measure] = fullestName(of: linked[index], measure: measure, among: &measures) }
        linked[index].canonical = measureNames[measure]!
      default:
        break
      }
    }
    return linked
  }

  /// Full names filed under each of their name parts in lower case: `Héctor Garza Ruelas` under
  /// `héctor`, `garza` and `ruelas`.
  private func personsByNamePart(_ linked: [EntityMention]) -> NameIndex {
    var index = NameIndex(capacity: linked.count)
    var parts: [String] = []
    for mention in linked.indices where linked[mention].label == .person && nameWordCount(linked[mention].span.tokens) >= 2 {
      // Each part once, however many of the name's words give it.
      parts.removeAll(keepingCapacity: true)
      for word in linked[mention].span.tokens where !lexemes[word].exact.contains(.nameParticle) {
        let part = key(tokens[word].text)
        if !parts.contains(part) { parts.append(part) }
      }
      for part in parts { index.file(linked[mention], under: part) }
    }
    return index
  }

  /// Organisations of two or more words filed under their last word, and by the initials they
  /// spell the first of them with those initials.
  private func organisationsByLastWordAndInitials(_ linked: [EntityMention]) -> (NameIndex, [String: String]) {
    var byLastWord = NameIndex(capacity: linked.count)
    var byInitials = [String: String](minimumCapacity: linked.count)
    for mention in linked.indices where linked[mention].label == .org && linked[mention].span.tokens.count >= 2 {
      byLastWord.file(linked[mention], under: tokens[linked[mention].span.tokens.upperBound - 1].text)
      let spelled = initials(of: linked[mention].span.tokens)
      if byInitials[spelled] == nil { byInitials[spelled] = linked[mention].canonical }
    }
    return (byLastWord, byInitials)
  }

  /// Organisations: the fuller name that contains all of a shorter one's words
  /// (`Kazakhstan Bureau for Human Rights` is `Kazakhstan International Bureau for Human Rights and …`).
  private func linkToFullerOrganisations(_ linked: inout [EntityMention]) {
    // Worked out once per distinct name, so repeated names cost nothing more. The tables here have room for
    // every mention from the start: growing one hashes every key in it again.
    var nameOfText = [String: Int](minimumCapacity: linked.count)
    var names: [(canonical: String, words: Range<Int>, contentBits: UInt64)] = []
    var nameOfMention: [(mention: Int, name: Int)] = []
    for index in linked.indices where linked[index].label == .org && linked[index].span.tokens.count >= 2 {
      let name = nameOfText[linked[index].text] ?? names.count
      if name == names.count {
        nameOfText[linked[index].text] = name
        names.append((linked[index].canonical, linked[index].span.tokens, contentBits(of: linked[index].span.tokens)))
      }
      nameOfMention.append((index, name))
    }
    let fullerCanonical = names.map { name in
      var fuller: Int?
      for other in names.indices where names[other].words.count > name.words.count && name.contentBits & ~names[other].contentBits == 0
        && containsContentWords(of: name.words, in: names[other].words) {
        if fuller.map({ names[other].words.count > names[$0].words.count }) ?? true { fuller = other }
      }
      return fuller.map { names[$0].canonical } ?? name.canonical
    }
    for (mention, name) in nameOfMention { linked[mention].canonical = fullerCanonical[name] }
  }

  /// One bit for each word of a name but connectors, chosen by the word's hash: equal words set the same bit,
  /// so a name with a bit that another lacks has a word the other lacks, and most pairs of names are told
  /// apart without comparing their words two by two.
  private func contentBits(of name: Range<Int>) -> UInt64 {
    name.reduce(0) { bits, word in
      lexemes[word].exact.contains(.nameConnector) ? bits : bits | 1 << UInt64(UInt(bitPattern: tokens[word].text.hashValue) % 64)
    }
  }

  /// Whether every word of one name but connectors (`for`, `of`) is a word of another.
  private func containsContentWords(of name: Range<Int>, in other: Range<Int>) -> Bool {
    name.allSatisfy { word in
      lexemes[word].exact.contains(.nameConnector) || other.contains { tokens[$0].text == tokens[word].text && !lexemes[$0].exact.contains(.nameConnector) }
    }
  }

  /// The longest measure containing this one's words, else the measure it
  /// abbreviates (`DPDP Act`), else the one measure of its kind named by title
  /// (`Decree No. PF-51`).
  ///
  /// - Parameter measure: the index of `mention`'s text in `measures`.
  private func fullestName(of mention: EntityMention, measure: Int, among measures: inout MeasureTable) -> String {
    let table = measures.measures
    var fullest: Int?
    for candidate in table.indices where table[candidate].folded.contains(table[measure].folded) {
      if fullest.map({ fuller(table[candidate], than: table[$0]) }) ?? true { fullest = candidate }
    }
    if let fullest, fullest != measure {
      return table[fullest].text
    }
    if let spelled = spelledOut(mention, among: table) {
      return spelled.canonical == spelled.text ? spelled.text : spelled.canonical
    }
    return titledMeasure(numbered: mention, among: &measures) ?? mention.text
  }

  /// The measure whose initials an abbreviated measure spells: `DPDP Act` and
  /// `Digital Personal Data Protection Act`.
  private func spelledOut(_ mention: EntityMention, among measures: [MeasureTable.Measure]) -> MeasureTable.Measure? {
    let first = tokens[mention.span.tokens.lowerBound]
    guard first.isAllCaps, mention.span.tokens.count >= 2 else { return nil }
    let head = tokens[mention.span.tokens.upperBound - 1].text
    return measures.first { measure in
      guard measure.tokens.count > mention.span.tokens.count,
            let headIndex = measure.tokens.last(where: { tokens[$0].text == head }) else { return false }
      return initials(of: measure.tokens.lowerBound..<headIndex) == first.text
    }
  }

  /// For a measure named only by kind and number (`Decree No. PF-51`,
  /// `Directive (EU) 2023/970`), the text of the single measure of the same
  /// kind that the document names by a title.
  private func titledMeasure(numbered mention: EntityMention, among measures: inout MeasureTable) -> String? {
    let words = mention.span.tokens
    guard let head = words.first(where: { !lexemes[$0].exact.isDisjoint(with: [.lawHead, .lawHeadCapitalized]) }),
          words.contains(where: { tokens[$0].text.containsNumber }),
          words.count(where: { tokens[$0].text.first?.isLetter == true }) <= 3 else { return nil }
    let kind = tokens[head].text.lowercased()
    // The table's texts are distinct: one match is one measure.
    let titled = measures.titled.filter { measure in
      measure.text != mention.text && measure.lowerCased.hasWord(startingWith: kind)
    }
    return titled.count == 1 ? titled[0].text : nil
  }

  /// Longer, then with more capitalised words (`Strategy on Combatting …` over `Strategy on combatting …`).
  private func fuller(_ a: MeasureTable.Measure, than b: MeasureTable.Measure) -> Bool {
    if a.length != b.length { return a.length > b.length }
    return a.capitalizedWords > b.capitalizedWords
  }

  /// How many name words a person mention has: particles (`Le`, `de`) are not names alone.
  private func nameWordCount(_ words: Range<Int>) -> Int {
    words.count { !lexemes[$0].exact.contains(.nameParticle) }
  }

  private func key(_ word: String) -> String { word.lowerCasedForLookup }

  private func isGivenName(_ lowercased: String) -> Bool {
    lexicon.givenNames.contains(lowercased.prefix(1).uppercased() + lowercased.dropFirst())
  }

  private func initials(of words: Range<Int>) -> String {
    var initials = ""
    for index in words where tokens[index].isCapitalized && !lexemes[index].exact.contains(.nameConnector) {
      if let first = tokens[index].text.first { initials.append(first) }
    }
    return initials
  }

  /// Capitalised words that no mention covers and that are a part of a full
  /// name in the document (`Karin` after `Erlan Karin`, `ZHOVTIS`).
  private func addBareNames(to mentions: [EntityMention]) -> [EntityMention] {
    var parts: Set<String> = []
    // The lists each part is on in lower case, which is what a word's `folded` lexeme gives: a word whose lower
    // case is a part is on the same lists, so a word on none of these is passed over without lowering its case.
    var partLists: [WordClasses] = []
    for index in mentions.indices where mentions[index].label == .person && nameWordCount(mentions[index].span.tokens) >= 2 {
      for word in mentions[index].span.tokens where !lexemes[word].exact.contains(.nameParticle) {
        let part = key(tokens[word].text), lists = lexemes[word].folded
        guard part.count >= 3 && (!lists.contains(.commonWord) || isGivenName(part)), parts.insert(part).inserted else { continue }
        if !partLists.contains(lists) { partLists.append(lists) }
      }
    }
    guard !parts.isEmpty else { return mentions }
    // The words asked about are looked up packed and lower-cased in place: lowering each capitalised word
    // into a new string and hashing it cost most of this step.
    let isPart = ASCIIWordTable(Dictionary(uniqueKeysWithValues: parts.map { ($0, true) }))
    var mentions = mentions
    // An all-capital surname (`Mr ZHOVTIS`) was read as an acronym; it is the person.
    for index in mentions.indices where mentions[index].label == .org && mentions[index].span.tokens.count == 1
      && tokens[mentions[index].span.tokens.lowerBound].isAllCaps && isPart[lowercasing: mentions[index].text] != nil {
      mentions[index] = EntityMention(label: .person, span: mentions[index].span, text: mentions[index].text)
    }
    var covered = [Bool](repeating: false, count: tokens.count)
    for index in mentions.indices { for word in mentions[index].span.tokens { covered[word] = true } }
    var added: [EntityMention] = []
    for index in tokens.indices where !covered[index] && tokens[index].isCapitalized && partLists.contains(lexemes[index].folded)
      && isPart[lowercasing: tokens[index].text] != nil {
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
    mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    return mentions
  }
}

/// Mentions filed under keys (name parts, last words) in reading order, to
/// find the nearest one with a key before an offset, else the first after.
private struct NameIndex {
  private var entries: [String: [(offset: Int, canonical: String)]]

  /// - Parameter capacity: how many keys to make room for at once, where growing the table hashes every key again.
  init(capacity: Int) {
    entries = Dictionary(minimumCapacity: capacity)
  }

  /// Files `mention` under `key`; mentions are filed in reading order, each once under a key.
  mutating func file(_ mention: EntityMention, under key: String) {
    entries[key, default: []].append((mention.range.lowerBound, mention.canonical))
  }

  /// - Complexity: O(log n).
  func nearest(_ key: String, to offset: Int) -> String? {
    guard let list = entries[key], !list.isEmpty else { return nil }
    let after = list.partitionPoint { $0.offset >= offset }
    if after > 0 { return list[after - 1].canonical }
    return list.first { $0.offset > offset }?.canonical
  }
}
