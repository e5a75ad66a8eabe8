/// A kind of annotation a stage can add to a ``Document``.
///
/// Stages declare the layers they read and the layers they add, so that a
/// ``Pipeline`` can check its order once, before any document runs.
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
  case tokens, sentences, entities, quotes, claims

  public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.rawValue < rhs.rawValue }
}
