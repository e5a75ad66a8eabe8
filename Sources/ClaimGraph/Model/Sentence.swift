/// A sentence: a run of tokens and the scalar range they cover.
public struct Sentence: Sendable, Equatable {
  public let tokens: Range<Int>
  public let range: ScalarRange

  public init(tokens: Range<Int>, range: ScalarRange) {
    self.tokens = tokens
    self.range = range
  }
}
