/// One mention of a PERSON, ORG, LAW, DATE or MONEY in a document.
public struct EntityMention: Sendable, Equatable {
  public let label: EntityLabel
  public let span: Span
  public let text: String
  public var norm: Normalization?
  /// The fullest name of the entity this mention refers to within its
  /// document (`Kassym-Jomart Tokayev` for `Tokayev`); for DATE and MONEY, the text.
  public var canonical: String
  /// For an amount given as a conversion of another (`($40,000)` after
  /// `12.96 million tenge`), the other amount's offsets.
  public var conversionOf: ScalarRange?

  public init(label: EntityLabel, span: Span, text: String, norm: Normalization? = nil, canonical: String? = nil) {
    self.label = label
    self.span = span
    self.text = text
    self.norm = norm
    self.canonical = canonical ?? text
  }

  public var range: ScalarRange { span.range }
}
