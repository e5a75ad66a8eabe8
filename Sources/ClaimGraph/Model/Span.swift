/// A run of tokens with the scalar range it covers; the two always agree.
public struct Span: Sendable, Equatable, Hashable {
  public let tokens: Range<Int>
  public let range: ScalarRange

  /// A span read back from an annotation, which keeps scalar offsets only:
  /// its token range is empty.
  init(decoded range: ScalarRange) {
    self.tokens = 0..<0
    self.range = range
  }

  /// Builds the span of `tokens`, taking its scalar range from their offsets.
  public init(tokens: Range<Int>, in allTokens: [Token]) {
    precondition(!tokens.isEmpty && tokens.upperBound <= allTokens.count, "span \(tokens) outside \(allTokens.count) tokens")
    self.tokens = tokens
    self.range = allTokens[tokens.lowerBound].range.lowerBound..<allTokens[tokens.upperBound - 1].range.upperBound
  }
}
