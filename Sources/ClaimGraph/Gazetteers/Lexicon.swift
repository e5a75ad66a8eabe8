import Foundation

/// Every word list and pattern table the stages use, loaded once from the
/// `gazetteers/` folder, validated, and then shared read-only by all workers.
///
/// Each list lives in its own data file; `gazetteers/README.md` describes the formats.
public final class Lexicon: Sendable {
  /// A known named entity from `entities.tsv`.
  struct KnownEntity: Sendable {
    let label: EntityLabel
    let canonical: String
  }

  /// A speech or writing cue from `speech_cues.tsv`.
  struct Cue: Sendable {
    enum Role: String, Sendable {
      /// `said`, `told`: a verb with the speaker as its subject or after it.
      case verb
      /// `according to`: the speaker follows, the content after a comma.
      case source
    }
    /// What reported speech after the cue must look like.
    enum Content: String, Sendable {
      /// Any clause: `said the decree is late`.
      case clause
      /// `that`, or a clause with a finite verb: `reported that …`, not `reported 13 charges`.
      case that
    }
    let text: String
    let role: Role
    let content: Content
  }

  /// A currency word or symbol from `currencies.tsv`.
  struct Currency: Sendable {
    enum Position: String, Sendable { case before, after, both }
    let code: String
    let position: Position
  }

  /// A hash of every gazetteer file's name and bytes: cached annotations made with other lists are stale.
  public let fingerprint: String
  let abbreviations: Set<String>
  /// Abbreviations that may also end a sentence (`Inc.`, `p.m.`).
  let sentenceFinalAbbreviations: Set<String>
  let knownEntities: PhraseTable<KnownEntity>
  let givenNames: WordList
  let surnames: WordList
  /// Endings of transliterated surnames (`-ov`, `-enko`, `-uly`), longest first.
  let surnameSuffixes: [String]
  let places: PhraseTable<Bool>
  let commonWords: WordList
  let titles: PhraseTable<Bool>
  /// Lower-case phrases that make the name before them a body (`city court`).
  let orgTails: PhraseTable<Bool>
  let lawHeads: Set<String>
  /// Numbered parts of a measure (`article`, `section`), lower case.
  let lawParts: Set<String>
  /// Words that refer back to measures of related kinds (`the law` → an Act, a Code, a Bill).
  let genericMeasureWords: [String: Set<String>]
  let cues: PhraseTable<Cue>
  let currencies: PhraseTable<Currency>
  let scales: [String: Decimal]
  let months: ASCIIWordTable<Int>
  let weekdays: ASCIIWordTable<Int>
  /// Every listed spelling with the lists it is on; the lists asked only of tokens live nowhere else.
  private let vocabulary: ASCIIWordTable<WordClasses>
  /// The writing of a snapshot of ``vocabulary`` that this lexicon built, under way on a thread of its own.
  private let snapshotWrite: Deferred<Void>?

  /// Loads and validates every file in `directory`.
  ///
  /// - Throws: ``GazetteerError`` naming the file and line of the first problem.
  public convenience init(directory: String) throws(GazetteerError) {
    try self.init(folder: try GazetteerFolder(existing: directory))
  }

  /// A lexicon whose files are read and fingerprinted, and whose tables are being built on another thread.
  public struct Loading: Sendable {
    /// The lexicon's ``Lexicon/fingerprint``, known once the files are read.
    public let fingerprint: String
    public let lexicon: Deferred<Result<Lexicon, GazetteerError>>
  }

  /// Reads `directory` now and builds its lexicon on another thread, so that a
  /// run can start on the documents its cache has, whose keys need only the
  /// fingerprint, while the tables are built.
  ///
  /// - Throws: ``GazetteerError`` when the folder is missing; a problem in a
  ///   file comes with the lexicon.
  ///
  /// - Parameter vocabularySnapshot: a file for the built vocabulary table (a run's cache has one):
  ///   read instead of building the table when this binary made it from these gazetteers, written otherwise.
  public static func load(directory: String, vocabularySnapshot: String? = nil) throws(GazetteerError) -> Loading {
    let folder = try GazetteerFolder(existing: directory)
    return Loading(fingerprint: folder.fingerprint,
                   lexicon: Deferred { Result { () throws(GazetteerError) in try Lexicon(folder: folder, vocabularySnapshot: vocabularySnapshot) } })
  }

  private init(folder: GazetteerFolder, vocabularySnapshot: String? = nil) throws(GazetteerError) {
    fingerprint = folder.fingerprint
    let snapshotKey = folder.fingerprint + "|" + Self.executableIdentity
    // A snapshot this binary made from these very files stands for the large lists, which then are not even
    // read (they were valid when it was made). Without one, their items go into the table from their bytes.
    let snapshot = vocabularySnapshot.flatMap { Self.readVocabulary(from: $0, key: snapshotKey) }
    let folder = folder.parsed(skipping: Self.vocabularyOnlyLists)
    func largeList(_ name: String) throws(GazetteerError) -> WordListSource {
      snapshot == nil ? .items(try folder.items(name)) : .words([])
    }
    func list(_ name: String) throws(GazetteerError) -> [String] { try folder.file(name).items }
    let abbreviations = Set(try list("abbreviations.txt"))
    self.abbreviations = abbreviations
    sentenceFinalAbbreviations = Set(try list("sentence_final_abbreviations.txt"))
    func words(_ phrase: String) -> [String] { Tokenizer.tokens(in: phrase, abbreviations: abbreviations).map(\.text) }

    var known = PhraseTable<KnownEntity>(caseSensitive: true, startClass: .knownEntityStart)
    let entitiesFile = try folder.file("entities.tsv")
    for line in try entitiesFile.records(fields: 3, optionalLast: true) {
      guard let label = EntityLabel(rawValue: line.fields[0]) else {
        throw entitiesFile.fail(line, "unknown label \"\(line.fields[0])\" (expected PERSON, ORG or LAW)")
      }
      let entity = KnownEntity(label: label, canonical: line.fields[1])
      known.insert(words(line.fields[1]), value: entity)
      if line.fields.count == 3 {
        for alias in line.fields[2].split(separator: "|") where !alias.isEmpty {
          known.insert(words(String(alias)), value: entity)
        }
      }
    }
    knownEntities = known

    let givenNames = try largeList("given_names.txt")
    let surnames = try largeList("surnames.txt")
    surnameSuffixes = try list("surname_suffixes.txt").sorted { $0.count > $1.count }
    var places = PhraseTable<Bool>(caseSensitive: true, startClass: .placeStart)
    for place in try list("places.txt") { places.insert(words(place), value: true) }
    self.places = places
    let commonWords = try largeList("common_words.txt")
    var titles = PhraseTable<Bool>(caseSensitive: false, startClass: .titleStart)
    for title in try list("titles.txt") { titles.insert(words(title), value: true) }
    self.titles = titles
    let orgHeads = try list("org_heads.txt")
    let standaloneOrgHeads = try list("org_standalone.txt")
    let orgNounFile = try folder.file("org_type_nouns.tsv")
    var orgNounsBefore: [String] = [], orgNounsAfter: [String] = []
    for line in try orgNounFile.records(fields: 2) {
      switch line.fields[1] {
      case "before": orgNounsBefore.append(line.fields[0])
      case "after": orgNounsAfter.append(line.fields[0])
      case "both": orgNounsBefore.append(line.fields[0]); orgNounsAfter.append(line.fields[0])
      default: throw orgNounFile.fail(line, "expected before, after or both, found \"\(line.fields[1])\"")
      }
    }
    var orgTails = PhraseTable<Bool>(caseSensitive: true, startClass: .orgTailStart)
    for tail in try list("org_tails.txt") { orgTails.insert(words(tail), value: true) }
    self.orgTails = orgTails
    let lawHeads = Set(try list("law_heads.txt"))
    self.lawHeads = lawHeads
    let lawParts = Set(try list("law_parts.txt"))
    self.lawParts = lawParts
    let standaloneLawNames = try list("law_standalone.txt")
    let genericFile = try folder.file("generic_measure_words.tsv")
    var generic: [String: Set<String>] = [:]
    for line in try genericFile.records(fields: 2) {
      generic[line.fields[0]] = Set(line.fields[1].split(separator: "|").map(String.init))
    }
    genericMeasureWords = generic
    let nameConnectors = try list("name_connectors.txt")
    let nameParticles = try list("name_particles.txt")
    let notNames = try list("not_names.txt")
    let documentNouns = try list("document_nouns.txt")
    let clauseVerbs = try list("clause_verbs.txt")
    let speechAdverbs = try list("speech_adverbs.txt")
    let dateStartWords = try list("date_start_words.txt")

    var cues = PhraseTable<Cue>(caseSensitive: false, startClass: .cueStart)
    let cueFile = try folder.file("speech_cues.tsv")
    for line in try cueFile.records(fields: 3) {
      guard let role = Cue.Role(rawValue: line.fields[1]) else {
        throw cueFile.fail(line, "unknown cue role \"\(line.fields[1])\" (expected verb or source)")
      }
      guard let content = Cue.Content(rawValue: line.fields[2]) else {
        throw cueFile.fail(line, "unknown content \"\(line.fields[2])\" (expected clause or that)")
      }
      cues.insert(words(line.fields[0]), value: Cue(text: line.fields[0], role: role, content: content))
    }
    self.cues = cues

    var currencies = PhraseTable<Currency>(caseSensitive: true, startClass: .currencyStart)
    let currencyFile = try folder.file("currencies.tsv")
    for line in try currencyFile.records(fields: 3) {
      guard let position = Currency.Position(rawValue: line.fields[2]) else {
        throw currencyFile.fail(line, "unknown position \"\(line.fields[2])\" (expected before, after or both)")
      }
      guard line.fields[1].count == 3, line.fields[1].allSatisfy(\.isUppercase) else {
        throw currencyFile.fail(line, "\"\(line.fields[1])\" is not an ISO 4217 code")
      }
      currencies.insert(words(line.fields[0]), value: Currency(code: line.fields[1], position: position))
    }
    self.currencies = currencies

    var scales: [String: Decimal] = [:]
    let scaleFile = try folder.file("scales.tsv")
    for line in try scaleFile.records(fields: 2) {
      // No locale: a decimal point is the default, and making one loads ICU's data for a few numbers.
      guard let factor = Decimal(string: line.fields[1]) else {
        throw scaleFile.fail(line, "\"\(line.fields[1])\" is not a number")
      }
      scales[line.fields[0]] = factor
    }
    self.scales = scales

    var months: [String: Int] = [:], weekdays: [String: Int] = [:]
    let calendarFile = try folder.file("calendar.tsv")
    for line in try calendarFile.records(fields: 3) {
      guard let number = Int(line.fields[2]) else { throw calendarFile.fail(line, "\"\(line.fields[2])\" is not a number") }
      switch line.fields[1] {
      case "month" where (1...12).contains(number): months[line.fields[0]] = number
      case "weekday" where (1...7).contains(number): weekdays[line.fields[0]] = number
      default: throw calendarFile.fail(line, "expected month 1–12 or weekday 1–7")
      }
    }
    self.months = ASCIIWordTable(months)
    self.weekdays = ASCIIWordTable(weekdays)
    // Built only when no snapshot of it is read: filling the 200,000 words' table was half the lexicon's load.
    func buildVocabulary() -> ASCIIWordTable<WordClasses> {
      var classes: [(words: WordListSource, value: WordClasses)] = [
        (givenNames, .givenName), (surnames, .surname), (commonWords, .commonWord),
      ]
      func mark(_ words: some Sequence<String>, _ wordClass: WordClasses) { classes.append((.words(Array(words)), wordClass)) }
      mark(orgHeads, .orgHead)
      mark(standaloneOrgHeads, .standaloneOrgHead)
      mark(orgNounsBefore, .orgNounBefore)
      mark(orgNounsAfter, .orgNounAfter)
      mark(lawHeads, .lawHead)
      for head in lawHeads {
        guard let first = head.first else { continue }
        for variant in Set([String(first), first.lowercased()]) where variant.uppercased() == String(first) {
          mark([variant + head.dropFirst()], .lawHeadCapitalized)
        }
      }
      mark(lawParts, .lawPart)
      mark(generic.keys, .genericMeasureWord)
      mark(standaloneLawNames, .standaloneLawName)
      mark(nameConnectors, .nameConnector)
      mark(nameParticles, .nameParticle)
      mark(notNames, .notName)
      mark(months.keys, .month)
      mark(weekdays.keys, .weekday)
      mark(clauseVerbs, .clauseVerb)
      mark(documentNouns, .documentNoun)
      mark(speechAdverbs, .speechAdverb)
      mark(dateStartWords.map { $0.lowercased() }, .dateStart)
      mark(known.firstWords, known.startClass)
      mark(known.oneWordEntries, .knownEntity)
      mark(places.firstWords, places.startClass)
      mark(places.oneWordEntries, .place)
      mark(titles.firstWords, titles.startClass)
      mark(titles.oneWordEntries, .title)
      mark(cues.firstWords, cues.startClass)
      mark(cues.oneWordEntries, .cue)
      mark(cues.oneWordEntries.filter { cues.value(for: [$0])?.role == .verb }, .speechVerb)
      mark(orgTails.firstWords, orgTails.startClass)
      mark(currencies.firstWords, currencies.startClass)
      return ASCIIWordTable(unionOf: classes)
    }
    vocabulary = snapshot ?? buildVocabulary()
    // Written while the first documents go through the pipeline, not before: 12 MB took 5 ms of a clean run's start.
    snapshotWrite = snapshot == nil ? vocabularySnapshot.map { [vocabulary] path in
      Deferred { Self.write(vocabulary, to: path, key: snapshotKey) }
    } : nil
    self.givenNames = WordList(vocabulary: vocabulary, wordClass: .givenName)
    self.surnames = WordList(vocabulary: vocabulary, wordClass: .surname)
    self.commonWords = WordList(vocabulary: vocabulary, wordClass: .commonWord)
  }

  /// The lexeme of `word`: one packing of its bytes, and a second look-up only for a word with capitals.
  func lexeme(of word: String) -> Lexeme {
    let (exact, folded) = vocabulary.valuesAsWrittenAndLowerCased(word)
    return Lexeme(exact: exact ?? [], folded: folded ?? [])
  }
}

extension Lexicon {
  /// The lists that only the vocabulary table holds.
  private static let vocabularyOnlyLists: Set<String> = ["given_names.txt", "surnames.txt", "common_words.txt"]

  /// The vocabulary table in the snapshot at `path`, when one made under `key` is there.
  private static func readVocabulary(from path: String, key: String) -> ASCIIWordTable<WordClasses>? {
    ASCIIWordTable<WordClasses>(mappingSnapshotAt: path, key: key)
  }

  /// Writes `table` as a snapshot to `path` for the next run; one that cannot be written only costs that run the build.
  private static func write(_ table: ASCIIWordTable<WordClasses>, to path: String, key: String) {
    // Written from the table's slots where they are: a copy of them first took 12 MB of fresh pages.
    try? table.withSnapshot(key: key) { header, slots in try AtomicFile.write([header, slots], to: path) }
  }

  /// Waits until the vocabulary snapshot this lexicon is writing, if any, is in place: a command
  /// that exits before would leave only its temporary file.
  public func finishWritingSnapshot() { snapshotWrite?.value }

  /// The running binary's device, inode, size and modification time: another build may file words
  /// differently, so it does not read this one's snapshot. Unknown (no `/proc`), it matches nothing.
  private static let executableIdentity: String = {
    var status = stat()
    guard stat("/proc/self/exe", &status) == 0 else { return UUID().uuidString }
    return "\(status.st_dev):\(status.st_ino):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }()
}

extension Lexicon {
  /// A listed surname, or a word of five or more letters with a surname ending (`Daurbekov`, `Tkachenko`).
  func looksLikeSurname(_ word: String) -> Bool {
    if surnames.contains(word) { return true }
    guard word.count >= 5, let first = word.first, first.isUppercase else { return false }
    let lower = word.lowercased()
    return !commonWords.contains(lower) && surnameSuffixes.contains { lower.hasSuffix($0) }
  }
}

extension Lexicon {
  /// The `gazetteers/` folder: `CLAIMGRAPH_GAZETTEERS`, else the first
  /// `gazetteers` folder found walking up from the working directory or from
  /// the running executable.
  public static func defaultDirectory() -> String {
    if let fromEnvironment = ProcessInfo.processInfo.environment["CLAIMGRAPH_GAZETTEERS"] { return fromEnvironment }
    let manager = FileManager.default
    let starts = [manager.currentDirectoryPath,
                  (CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().deletingLastPathComponent().path }) ?? ""]
    for start in starts where !start.isEmpty {
      var folder = URL(fileURLWithPath: start)
      for _ in 0..<8 {
        let candidate = folder.appendingPathComponent("gazetteers")
        if manager.fileExists(atPath: candidate.appendingPathComponent("entities.tsv").path) { return candidate.path }
        folder.deleteLastPathComponent()
      }
    }
    return "gazetteers"
  }
}
