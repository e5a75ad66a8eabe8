import Foundation

/// Finds the entities a user means by a name typed the way people type them:
/// any alias, any case, with or without diacritics or a title before it, a
/// part of the name (`Tokayev`), or spelt a little differently
/// (`Yeargalieva` for `Yergalieva`, `Kasym-Zhomart` for `Kassym-Jomart`).
public struct NameMatcher: Sendable {
  /// How closely a query matched; lower is closer.
  public enum Quality: Int, Comparable, Sendable {
    /// The whole name or alias, ignoring case, diacritics and a title before it.
    case exact
    /// Words of the name in order (`Tokayev`, `Erlan Karin` for `Erlan B. Karin`).
    case partOfName
    /// Words of the name with small differences of spelling or transliteration.
    case spelling

    public static func < (lhs: Quality, rhs: Quality) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public struct Match: Sendable, Equatable {
    public let entity: GraphRecord.Entity
    /// The name or alias the query matched.
    public let name: String
    public let quality: Quality
  }

  /// Title phrases as search keys (`foreign minister`), dropped from the front of a query.
  private let titles: Set<String>
  private let longestTitle: Int

  /// - Parameter titles: titles and roles (`President`, `Foreign Minister`, `Mr.`), as in `gazetteers/titles.txt`.
  public init(titles: [String]) {
    let keys = Set(titles.map(EntityID.searchKey).filter { !$0.isEmpty } + ["the"])
    self.titles = keys
    longestTitle = keys.map { $0.split(separator: " ").count }.max() ?? 1
  }

  /// The query's words with leading titles removed (`President Kassym-Jomart Tokayev` → `kassym jomart tokayev`).
  func words(of query: String) -> [String] {
    var words = EntityID.searchKey(query).split(separator: " ").map(String.init)
    stripping: while words.count > 1 {
      for length in stride(from: min(longestTitle, words.count - 1), through: 1, by: -1)
      where titles.contains(words[0..<length].joined(separator: " ")) {
        words.removeFirst(length)
        continue stripping
      }
      break
    }
    return words
  }

  /// The entities at the closest quality any of them reaches, most quoted first.
  public func matches(_ query: String, in entities: [GraphRecord.Entity]) -> [Match] {
    let wanted = words(of: query)
    let whole = EntityID.searchKey(query)
    guard !wanted.isEmpty else { return [] }
    let found = entities.compactMap { Self.closestMatch(wanted, whole: whole, in: $0) }
    guard let bestQuality = found.map(\.quality).min() else { return [] }
    let best = found.filter { $0.quality == bestQuality }
    // The same person romanised another way in another document (`Nazgul Yeargalieva` beside
    // `Nazgul Yergalieva`) is the same answer; a near miss that is another name (`Erlan Karim`
    // beside `Erlan Karin`) is not. Romanisations differ in vowels, not consonants.
    let chosen = Set(best.map { Self.consonants($0.entity.name) })
    let variants = found.filter { $0.quality > bestQuality && chosen.contains(Self.consonants($0.entity.name)) }
    return (best + variants).sorted {
      ($0.quality, $1.entity.quotes, $0.entity.name, $0.entity.id) < ($1.quality, $0.entity.quotes, $1.entity.name, $1.entity.id)
    }
  }

  private static func closestMatch(_ wanted: [String], whole: String, in entity: GraphRecord.Entity) -> Match? {
    var closest: Match?
    for name in [entity.name] + entity.aliases {
      guard let quality = quality(of: wanted, whole: whole, against: name) else { continue }
      if closest == nil || quality < closest!.quality { closest = Match(entity: entity, name: name, quality: quality) }
    }
    return closest
  }

  /// The `limit` entities whose names come closest to `query`, for "did you mean".
  public func closest(_ query: String, in entities: [GraphRecord.Entity], limit: Int = 5) -> [GraphRecord.Entity] {
    let wanted = words(of: query).map(Self.skeleton)
    guard !wanted.isEmpty else { return [] }
    var scored: [(distance: Double, entity: GraphRecord.Entity)] = []
    for entity in entities {
      let nameWords = ([entity.name] + entity.aliases).flatMap { name in
        EntityID.searchKey(name).split(separator: " ").map { Self.skeleton(String($0)) }
      }
      // Each query word's distance to the nearest word of the name, relative to its length.
      var total = 0.0
      for word in wanted {
        var nearest = 1.0
        for candidate in nameWords {
          nearest = min(nearest, Double(Self.editDistance(word, candidate)) / Double(max(word.count, candidate.count, 1)))
        }
        total += nearest
      }
      let distance = total / Double(wanted.count)
      if distance < 0.4 { scored.append((distance, entity)) }
    }
    scored.sort { ($0.distance, $1.entity.quotes, $0.entity.name) < ($1.distance, $0.entity.quotes, $1.entity.name) }
    return scored.prefix(limit).map(\.entity)
  }

  private static func quality(of wanted: [String], whole: String, against name: String) -> Quality? {
    let key = EntityID.searchKey(name)
    if key == whole || key == wanted.joined(separator: " ") { return .exact }
    let nameWords = key.split(separator: " ").map(String.init)
    if isInOrder(wanted, within: nameWords, equal: ==) { return .partOfName }
    if isInOrder(wanted.map(skeleton), within: nameWords.map(skeleton), equal: isSpellingVariant) { return .spelling }
    // Words run together or split differently: `Kassymjomart Tokayev`.
    let joinedQuery = skeleton(wanted.joined()), joinedName = skeleton(nameWords.joined())
    if joinedName.count >= 6, editDistance(joinedQuery, joinedName) <= allowedEdits(joinedName.count) { return .spelling }
    return nil
  }

  /// Whether every word of `wanted` matches a word of `name`, in the same order.
  private static func isInOrder(_ wanted: [String], within name: [String], equal: (String, String) -> Bool) -> Bool {
    var position = name.startIndex
    for word in wanted {
      guard let found = name[position...].firstIndex(where: { equal(word, $0) }) else { return false }
      position = found + 1
    }
    return true
  }

  /// `a` (typed) is `b` (in the graph) spelt a little differently, or the start of it (`Turmagamb`).
  private static func isSpellingVariant(_ a: String, _ b: String) -> Bool {
    a == b || (a.count >= 4 && b.hasPrefix(a)) || editDistance(a, b) <= allowedEdits(min(a.count, b.count))
  }

  /// Short words must match exactly: one edit turns `Ivan` into `Ivanov`'s neighbours too easily.
  private static func allowedEdits(_ length: Int) -> Int {
    switch length {
    case ..<4: return 0
    case 4...7: return 1
    default: return 2
    }
  }

  /// A word with the usual differences of romanising Cyrillic and Kazakh names
  /// evened out: `kh`/`h`, `zh`/`j`, `ye`/`e`, `y`/`i`, doubled letters.
  static func skeleton(_ word: String) -> String {
    var text = word
    for (from, to) in [("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ye", "e"), ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("w", "v"), ("ck", "k")] {
      text = text.replacingOccurrences(of: from, with: to)
    }
    var result = ""
    for character in text where character != result.last { result.append(character) }
    return result
  }

  /// The consonants of each word's skeleton: `Yergalieva` and `Yeargalieva` both give `rglv`.
  static func consonants(_ name: String) -> String {
    EntityID.searchKey(name).split(separator: " ").map { word in
      String(skeleton(String(word)).filter { !"aeiouy".contains($0) })
    }.joined(separator: " ")
  }

  /// Damerau–Levenshtein distance (adjacent transpositions count as one edit).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previousRow = [Int](0...b.count), row = [Int](repeating: 0, count: b.count + 1), beforePrevious = row
    for i in 1...a.count {
      row[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { row[j] = min(row[j], beforePrevious[j - 2] + 1) }
      }
      (beforePrevious, previousRow, row) = (previousRow, row, beforePrevious)
    }
    return previousRow[b.count]
  }
}
