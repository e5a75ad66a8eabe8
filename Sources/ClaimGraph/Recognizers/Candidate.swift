/// A possible entity mention proposed by one recognizer, before overlaps are resolved.
struct Candidate: Sendable {
  let label: EntityLabel
  let tokens: Range<Int>
  /// Higher wins over lower when two candidates of the same length overlap.
  let priority: Int
  var date: DateValue? = nil
  var norm: Normalization? = nil
  /// The canonical name a gazetteer entry gives, if any.
  var canonical: String? = nil
}

extension Candidate {
  /// Chooses among overlapping candidates: longer first, then higher
  /// priority, then earlier; a candidate overlapping a chosen one is dropped.
  /// The result is in reading order.
  static func resolveOverlaps(_ candidates: [Candidate]) -> [Candidate] {
    let ranked = candidates.sorted { a, b in
      if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
      if a.priority != b.priority { return a.priority > b.priority }
      return a.tokens.lowerBound < b.tokens.lowerBound
    }
    var taken = IndexSetLite()
    var chosen: [Candidate] = []
    for candidate in ranked where !taken.intersects(candidate.tokens) {
      taken.insert(candidate.tokens)
      chosen.append(candidate)
    }
    return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}

extension Candidate {
  /// Gives every PERSON or ORG name of two or more words the label of its
  /// best-evidenced occurrence in the document: `Adil Soz` after `the NGO
  /// Adil Soz` is an organisation everywhere, though it looks like a person's name.
  static func oneSensePerDocument(_ candidates: [Candidate], words: [String]) -> [Candidate] {
    func key(_ candidate: Candidate) -> String { words[candidate.tokens].joined(separator: " ") }
    var best: [String: Candidate] = [:]
    for candidate in candidates where candidate.tokens.count >= 2 && (candidate.label == .person || candidate.label == .org) {
      if let known = best[key(candidate)], known.priority >= candidate.priority { continue }
      best[key(candidate)] = candidate
    }
    return candidates.map { candidate in
      guard let winner = best[key(candidate)], winner.priority > candidate.priority, winner.label != candidate.label else { return candidate }
      return Candidate(label: winner.label, tokens: candidate.tokens, priority: winner.priority, canonical: winner.canonical)
    }
  }
}

/// A set of token indices kept as sorted, disjoint ranges.
struct IndexSetLite {
  private var ranges: [Range<Int>] = []

  func intersects(_ range: Range<Int>) -> Bool {
    ranges.contains { $0.overlaps(range) }
  }

  mutating func insert(_ range: Range<Int>) {
    ranges.append(range)
  }
}
