@testable import ClaimGraph
import Testing

@Suite("Phrase tables") struct PhraseTableTests {
  private let words = "Erlan Karin of the Ministry of Justice of Kazakhstan said".split(separator: " ").map(String.init)

  /// A table of ministries, and lexemes marking where the lexicon would say one starts.
  private func ministries(caseSensitive: Bool = true) -> (PhraseTable<String>, [Lexeme]) {
    var table = PhraseTable<String>(caseSensitive: caseSensitive, startClass: .knownEntityStart)
    table.insert(["Ministry"], value: "ministry")
    table.insert(["Ministry", "of", "Justice"], value: "justice")
    table.insert(["Ministry", "of", "Justice", "and", "Culture"], value: "never in the text")
    let lexemes = words.map { word in
      word == "Ministry" ? Lexeme(exact: .knownEntityStart, folded: []) : Lexeme(exact: [], folded: [])
    }
    return (table, lexemes)
  }

  @Test func theLongestEntryStartingAtATokenWins() throws {
    let (table, lexemes) = ministries()
    let match = try #require(table.longestMatch(in: words, lexemes: lexemes, from: 4, limit: words.count))
    #expect(match.length == 3)
    #expect(match.value == "justice")
  }

  @Test func noEntryReachesPastTheLimit() throws {
    let (table, lexemes) = ministries()
    let match = try #require(table.longestMatch(in: words, lexemes: lexemes, from: 4, limit: 6))
    #expect(match.length == 1)
    #expect(table.longestMatch(in: words, lexemes: lexemes, from: 4, limit: 4) == nil)
  }

  @Test func aTokenWhoseLexemeStartsNoEntryIsNotLookedUp() {
    // The lexicon marks every first word; a token without the mark is answered without walking the table.
    let (table, _) = ministries()
    let unmarked = words.map { _ in Lexeme(exact: [], folded: []) }
    #expect(table.longestMatch(in: words, lexemes: unmarked, from: 4, limit: words.count) == nil)
    #expect(table.value(for: 4..<7, in: words, lexemes: unmarked) == nil)
  }

  @Test func aCaseInsensitiveTableReadsTheLowerCasedLexeme() throws {
    var titles = PhraseTable<Bool>(caseSensitive: false, startClass: .titleStart)
    titles.insert(["Prime", "Minister"], value: true)
    let words = ["PRIME", "MINISTER", "Olzhas", "Bektenov"]
    let lexemes = [Lexeme(exact: [], folded: .titleStart)] + Array(repeating: Lexeme(exact: [], folded: []), count: 3)
    let match = try #require(titles.longestMatch(in: words, lexemes: lexemes, from: 0, limit: words.count))
    #expect(match.length == 2)
  }

  @Test func theValueForARangeIsForExactlyThoseWords() {
    let (table, lexemes) = ministries()
    #expect(table.value(for: 4..<7, in: words, lexemes: lexemes) == "justice")
    #expect(table.value(for: 4..<6, in: words, lexemes: lexemes) == nil)
    #expect(table.value(for: 4..<4, in: words, lexemes: lexemes) == nil)
  }

  @Test func aCaseInsensitiveTableFindsLongAndNonASCIIWordsInAnyCase() throws {
    // Words past 15 bytes or beyond ASCII are keyed apart from the packed ones, lower-cased all the same.
    var titles = PhraseTable<Bool>(caseSensitive: false, startClass: .titleStart)
    titles.insert(["Генеральный", "прокурор"], value: true)
    titles.insert(["Counter-terrorism", "Coordinator"], value: true)
    let words = ["ГЕНЕРАЛЬНЫЙ", "ПРОКУРОР", "EU", "COUNTER-TERRORISM", "coordinator", "Gilles", "de", "Kerchove"]
    let lexemes = words.map { ["ГЕНЕРАЛЬНЫЙ", "COUNTER-TERRORISM"].contains($0) ? Lexeme(exact: [], folded: .titleStart) : Lexeme(exact: [], folded: []) }
    #expect(try #require(titles.longestMatch(in: words, lexemes: lexemes, from: 0, limit: words.count)).length == 2)
    #expect(try #require(titles.longestMatch(in: words, lexemes: lexemes, from: 3, limit: words.count)).length == 2)
  }

  @Test func aWordCanonicallyEqualToAnEntrysWordMatchesIt() {
    // `String` equality makes the Kelvin sign (U+212A) `K`, as the trie's dictionaries did.
    var places = PhraseTable<String>(caseSensitive: true, startClass: .placeStart)
    places.insert(["Kazakhstan"], value: "country")
    places.insert(["\u{212A}ostanay"], value: "city")
    #expect(places.value(for: ["\u{212A}azakhstan"]) == "country")
    #expect(places.value(for: ["Kostanay"]) == "city")
  }

  @Test func theFirstWordsAreThoseOfTheEntriesOnceEach() {
    let (table, _) = ministries()
    #expect(table.firstWords == ["Ministry"])
    #expect(table.oneWordEntries == ["Ministry"])
  }
}
