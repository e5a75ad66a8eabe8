/// An attributed statement: who said it, with which cue, and where.
public struct Quote: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    case direct, indirect
  }

  public let kind: Kind
  /// From the first to the last scalar of the statement, quotation marks included.
  public let range: ScalarRange
  /// The quoted words, parts of an interrupted quote joined by one space.
  public let text: String
  public let cue: String
  /// The words at the quote that point to the speaker (`Karin`, `he`, `the commissioner`).
  public let mention: String?
  /// The speaker's fullest name in the document, or nil where the text names
  /// no source or only a group.
  public let speaker: String?
  public let speakerLabel: EntityLabel?
  /// Index into `Document.sentences` of the sentence the statement starts in.
  public let sentence: Int
  /// Which attribution rule found the speaker, for debugging and `eval` output.
  public let sieve: String
  /// Canonical names of the measures (LAW entities) the statement is about.
  public var about: [String] = []
  /// The sentence before the quote that introduces it (`The minister said:`,
  /// `Smith was blunt.`), when the attribution stands there.
  public var introduction: ScalarRange?

  public init(kind: Kind, range: ScalarRange, text: String, cue: String, mention: String?, speaker: String?,
              speakerLabel: EntityLabel?, sentence: Int, sieve: String) {
    self.kind = kind
    self.range = range
    self.text = text
    self.cue = cue
    self.mention = mention
    self.speaker = speaker
    self.speakerLabel = speakerLabel
    self.sentence = sentence
    self.sieve = sieve
  }
}
