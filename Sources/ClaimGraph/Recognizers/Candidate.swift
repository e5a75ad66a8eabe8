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
  /// Appends the chosen ones to `chosen` in reading order.
  static func resolveOverlaps(_ candidates: [Candidate], into chosen: inout [Candidate]) {
    // Most sentences propose one candidate or none: there is nothing to rank.
    guard candidates.count > 1 else {
      chosen += candidates
      return
    }
    // Positions are ranked, not the candidates: a candidate is a large value with strings in it, and
    // every move of one in a sort retained and released them. The position breaks ties as a stable sort did.
    let ranked = candidates.indices.sorted { a, b in
      let x = candidates[a].tokens, y = candidates[b].tokens
      if x.count != y.count { return x.count > y.count }
      if candidates[a].priority != candidates[b].priority { return candidates[a].priority > candidates[b].priority }
      if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
      return a < b
    }
    let firstChosen = chosen.count
    for index in ranked {
      let tokens = candidates[index].tokens
      guard !(firstChosen..<chosen.count).contains(where: { chosen[$0].tokens.overlaps(tokens) }) else { continue }
      chosen.append(candidates[index])
      // Into reading order as it comes, after any chosen one that starts at or before it, as a stable sort put it.
      var place = chosen.count - 1
      while place > firstChosen, chosen[place - 1].tokens.lowerBound > tokens.lowerBound {
        chosen.swapAt(place - 1, place)
        place -= 1
      }
    }
  }
}

extension Candidate {
  /// Gives every PERSON or ORG name of two or more words the label of its
  /// best-evidenced occurrence in the document: `Adil Soz` after `the NGO
  /// Adil Soz` is an organisation everywhere, though it looks like a person's name.
  static func oneSensePerDocument(_ candidates: [Candidate], words: [String]) -> [Candidate] {
    // Keyed by the words themselves: joining them into one string was most of this step's cost. Only
    // names of two or more words are weighed, so a one-word candidate has nothing to look up.
    func isWeighed(_ candidate: Candidate) -> Bool { candidate.tokens.count >= 2 && (candidate.label == .person || candidate.label == .org) }
    // A name's words are hashed once: each weighed candidate remembers its group (the name's
    // occurrences), and the group its best-evidenced candidate, the first of the highest priority.
    var groupOfWords: [ArraySlice<String>: Int] = [:]
    groupOfWords.reserveCapacity(candidates.count(where: isWeighed))
    var best: [Int] = []
    var groupOfCandidate = [Int](repeating: -1, count: candidates.count)
    for position in candidates.indices where isWeighed(candidates[position]) {
      let key = words[candidates[position].tokens]
      if let group = groupOfWords[key] {
        if candidates[position].priority > candidates[best[group]].priority { best[group] = position }
        groupOfCandidate[position] = group
      } else {
        groupOfWords[key] = best.count
        groupOfCandidate[position] = best.count
        best.append(position)
      }
    }
    guard !best.isEmpty else { return candidates }
    // Only the relabelled candidates are written: mapping every one copied it, retaining and releasing its strings.
    var relabelled = candidates
    for position in candidates.indices where candidates[position].tokens.count >= 2 {
      let tokens = candidates[position].tokens
      guard let group = groupOfCandidate[position] >= 0 ? groupOfCandidate[position] : groupOfWords[words[tokens]] else { continue }
      let winner = best[group]
      guard candidates[winner].priority > candidates[position].priority, candidates[winner].label != candidates[position].label else { continue }
      relabelled[position] = Candidate(label: candidates[winner].label, tokens: tokens, priority: candidates[winner].priority,
                                       canonical: candidates[winner].canonical)
    }
    return relabelled
  }
}

extension Candidate {
  /// `Digital Markets Act (DMA)`: an acronym in brackets after a name stands
  /// for it everywhere in the document, with its label (a LAW acronym is no ORG).
  static func definedAcronyms(_ candidates: [Candidate], tokens: [Token]) -> [Candidate] {
    var definitions: [String: Candidate] = [:]
    // Candidates are read in place: copying one retains and releases its strings.
    for index in candidates.indices.dropLast() {
      let name = candidates[index].tokens, open = name.upperBound
      guard candidates[index].label == .org || candidates[index].label == .law, name.count > 1,
            candidates[index + 1].tokens == (open + 1)..<(open + 2), open + 2 < tokens.count,
            tokens[open].text.isSpelled("("), tokens[open + 2].text.isSpelled(")"), tokens[open + 1].isCapitalized,
            !spellsEmbeddedName(tokens[open + 1].text, tokens[name]) else { continue }
      definitions[tokens[open + 1].text] = candidates[index]
    }
    guard !definitions.isEmpty else { return candidates }
    return relabel(candidates, with: definitions, tokens: tokens)
  }

  /// `CIS` after a convention named for the Commonwealth of Independent
  /// States is that body's short form, not the convention's: it spells a
  /// later part of the name but not the whole.
  private static func spellsEmbeddedName(_ acronym: String, _ name: ArraySlice<Token>) -> Bool {
    guard !spells(acronym, name) else { return false }
    return name.indices.dropFirst().contains { name[$0].isCapitalized && spells(acronym, name[$0...]) }
  }

  /// The acronym's letters are the initials of the name's capitalised words
  /// in order, starting with the first and passing over at most one word
  /// (`DCOC`, `OSCE`).
  private static func spells(_ acronym: String, _ name: ArraySlice<Token>) -> Bool {
    if let answer = spellsInPrintableASCII(acronym, name) { return answer }
    let initials = name.filter(\.isCapitalized).flatMap { token in
      token.text.split(separator: "-").compactMap { $0.first.map { Character($0.uppercased()) } }
    }
    guard let first = initials.first, acronym.first == first else { return false }
    var remaining = initials[...]
    var skipped = 0
    for letter in acronym where letter.isLetter {
      guard let found = remaining.firstIndex(of: letter) else { return false }
      skipped += found - remaining.startIndex
      remaining = remaining[(found + 1)...]
    }
    return skipped <= 1
  }

  /// ``spells(_:_:)`` on bytes, nil unless the acronym and the name's capitalised words are printable ASCII, where a
  /// character is a byte and its upper case arithmetic: the initials were a string and an array made for each word.
  private static func spellsInPrintableASCII(_ acronym: String, _ name: ArraySlice<Token>) -> Bool? {
    func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    var initials: [UInt8] = []
    for index in name.indices where name[index].isCapitalized {
      let read: Bool = name[index].text.withUTF8Bytes { bytes in
        guard isPrintableASCII(bytes) else { return false }
        // The first byte of each run between hyphens, as `split(separator: "-")` gives the runs.
        var opensRun = true
        for byte in bytes {
          if byte == UInt8(ascii: "-") {
            opensRun = true
          } else if opensRun {
            initials.append(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte)
            opensRun = false
          }
        }
        return true
      }
      guard read else { return nil }
    }
    return acronym.withUTF8Bytes { letters -> Bool? in
      guard isPrintableASCII(letters) else { return nil }
      guard let first = initials.first, letters.first == first else { return false }
      var remaining = 0, skipped = 0
      for letter in letters where (letter | 0x20) >= UInt8(ascii: "a") && (letter | 0x20) <= UInt8(ascii: "z") {
        guard let found = initials[remaining...].firstIndex(of: letter) else { return false }
        skipped += found - remaining
        remaining = found + 1
      }
      return skipped <= 1
    }
  }

  private static func relabel(_ candidates: [Candidate], with definitions: [String: Candidate], tokens: [Token]) -> [Candidate] {
    return candidates.map { candidate in
      guard candidate.tokens.count == 1, let full = definitions[tokens[candidate.tokens.lowerBound].text],
            candidate.label == .org || candidate.label == .law || (candidate.label == .person && candidate.priority <= 1) else { return candidate }
      let name = full.canonical ?? tokens[full.tokens].map(\.text).joined(separator: " ")
      return Candidate(label: full.label, tokens: candidate.tokens, priority: candidate.priority, canonical: name)
    }
  }
}
