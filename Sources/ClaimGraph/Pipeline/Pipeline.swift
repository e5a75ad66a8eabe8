/// The stages in order, checked once when built: each stage's requirements
/// must be provided by the stages before it.
public struct Pipeline: Sendable {
  public enum ConfigurationError: Error, CustomStringConvertible {
    case missingRequirement(stage: String, layer: Layer)

    public var description: String {
      switch self {
      case .missingRequirement(let stage, let layer): return "stage \"\(stage)\" needs \"\(layer.rawValue)\", which no earlier stage provides"
      }
    }
  }

  public let stages: [any Stage]

  public init(stages: [any Stage]) throws(ConfigurationError) {
    var provided: Set<Layer> = []
    for stage in stages {
      if let missing = stage.requires.subtracting(provided).sorted().first {
        throw .missingRequirement(stage: stage.name, layer: missing)
      }
      provided.formUnion(stage.provides)
    }
    self.stages = stages
  }

  /// The standard ClaimGraph pipeline over one lexicon.
  public static func standard(lexicon: Lexicon, limits: RunLimits = .standard) -> Pipeline {
    // The standard order satisfies every requirement; a failure here is a programming error.
    try! Pipeline(stages: [
      Tokenizer(lexicon: lexicon),
      SentenceSplitter(lexicon: lexicon, maxTokens: limits.maxSentenceTokens),
      EntityTagger(lexicon: lexicon),
      QuoteAttributor(lexicon: lexicon, maxQuoteTokens: limits.maxQuoteTokens),
      ClaimLinker(lexicon: lexicon),
    ])
  }

  /// Runs every stage over `document`, in order.
  public func callAsFunction(_ document: Document) -> Document {
    stages.reduce(document) { $1.process($0) }
  }
}
