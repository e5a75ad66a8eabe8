/// The word lists a spelling is on, one bit per list: looked up once per
/// token, then asked as often as the recognizers like (spaCy's lexeme flags),
/// where a set look-up would hash the word again each time.
struct WordClasses: OptionSet, Sendable, Equatable {
  // Thirty-two bits, all taken: the vocabulary's table has a slot of 24 bytes, not 32, and is 12 MB, not 16.
  let rawValue: UInt32

  static let givenName = WordClasses(rawValue: 1 << 0)
  static let surname = WordClasses(rawValue: 1 << 1)
  static let commonWord = WordClasses(rawValue: 1 << 2)
  static let orgHead = WordClasses(rawValue: 1 << 3)
  /// A head that names a known body on its own (`the Commission`).
  static let standaloneOrgHead = WordClasses(rawValue: 1 << 4)
  /// A noun that marks a name beside it as an organisation's, before or after it.
  static let orgNounBefore = WordClasses(rawValue: 1 << 5)
  static let orgNounAfter = WordClasses(rawValue: 1 << 6)
  static let lawHead = WordClasses(rawValue: 1 << 7)
  /// With its first letter in upper case, a law head (`decree` for `Decree`).
  static let lawHeadCapitalized = WordClasses(rawValue: 1 << 8)
  static let lawPart = WordClasses(rawValue: 1 << 9)
  /// A measure named by one capitalised word (`Constitution`).
  static let standaloneLawName = WordClasses(rawValue: 1 << 10)
  static let nameConnector = WordClasses(rawValue: 1 << 11)
  static let nameParticle = WordClasses(rawValue: 1 << 12)
  static let notName = WordClasses(rawValue: 1 << 13)
  static let month = WordClasses(rawValue: 1 << 14)
  static let weekday = WordClasses(rawValue: 1 << 15)
  /// A finite verb or auxiliary that shows a clause (`was`, `had`, `remained`).
  static let clauseVerb = WordClasses(rawValue: 1 << 16)
  /// A noun for a document that can be a source (`report`, `survey`).
  static let documentNoun = WordClasses(rawValue: 1 << 17)
  /// An adverb between a speaker and the cue (`also`, `himself`, `later`).
  static let speechAdverb = WordClasses(rawValue: 1 << 18)
  /// The first word of a listed name, or the whole of one.
  static let knownEntityStart = WordClasses(rawValue: 1 << 19)
  static let knownEntity = WordClasses(rawValue: 1 << 20)
  static let placeStart = WordClasses(rawValue: 1 << 21)
  static let place = WordClasses(rawValue: 1 << 22)
  /// Titles and cues are matched in lower case: ask these of ``Lexeme/folded``.
  static let titleStart = WordClasses(rawValue: 1 << 23)
  static let title = WordClasses(rawValue: 1 << 24)
  static let cueStart = WordClasses(rawValue: 1 << 25)
  static let cue = WordClasses(rawValue: 1 << 28)
  /// A one-word cue with the speaker as its subject or after it (`said`, `told`).
  static let speechVerb = WordClasses(rawValue: 1 << 29)
  /// A word besides numbers, months and weekdays that can open a date (`early`, `last`, `two`), in lower case.
  static let dateStart = WordClasses(rawValue: 1 << 30)
  static let orgTailStart = WordClasses(rawValue: 1 << 26)
  static let currencyStart = WordClasses(rawValue: 1 << 27)
  /// A word that refers back to measures of related kinds (`law`, `treaty`): ask it of ``Lexeme/folded``.
  static let genericMeasureWord = WordClasses(rawValue: 1 << 31)
}
