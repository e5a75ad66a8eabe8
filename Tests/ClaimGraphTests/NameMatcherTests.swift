@testable import ClaimGraph
import Testing

private func person(_ name: String, aliases: [String] = [], quotes: Int = 1) -> GraphRecord.Entity {
  GraphRecord.Entity(id: EntityID.make(.person, name), type: .person, name: name, aliases: [name] + aliases,
                     mentions: 1, quotes: quotes, documents: ["001_7625"])
}

private let tokayev = person("Kassym-Jomart Tokayev", aliases: ["Tokayev"], quotes: 2)
private let karin = person("Erlan Karin", aliases: ["Karin"], quotes: 3)
private let yergalieva = person("Nazgul Yergalieva")
private let yeargalieva = person("Nazgul Yeargalieva")
private let people = [tokayev, karin, yergalieva, yeargalieva, person("Zhemis Turmagambetova", quotes: 6)]
private let matcher = NameMatcher(titles: ["President", "Foreign Minister", "Minister", "Mr."])

private func matched(_ query: String) -> [String] { matcher.matches(query, in: people).map(\.entity.name) }

@Test func anAliasMatchesExactly() {
  let matches = matcher.matches("Tokayev", in: people)
  #expect(matches.map(\.entity.name) == ["Kassym-Jomart Tokayev"])
  #expect(matches.first?.quality == .exact)
  #expect(matches.first?.name == "Tokayev")
}

@Test(arguments: ["President Tokayev", "president kassym-jomart tokayev", "Mr. Tokayev"])
func aTitleBeforeTheNameIsIgnored(_ query: String) {
  #expect(matched(query) == ["Kassym-Jomart Tokayev"])
}

@Test func aTwoWordTitleIsIgnoredWhole() {
  #expect(matcher.words(of: "Foreign Minister Erlan Karin") == ["erlan", "karin"])
}

@Test func aTitleAloneIsStillAName() {
  #expect(matcher.words(of: "President") == ["president"])
}

@Test func caseAndDiacriticsAreIgnored() {
  #expect(matched("ÉRLAN KÁRIN") == ["Erlan Karin"])
}

@Test func wordsOfTheNameInOrderMatchAsPartOfIt() {
  let matches = matcher.matches("Kassym Tokayev", in: people)
  #expect(matches.map(\.entity.name) == ["Kassym-Jomart Tokayev"])
  #expect(matches.first?.quality == .partOfName)
}

@Test func aTransliterationOfTheNameMatchesAsASpelling() {
  let matches = matcher.matches("Kasym-Zhomart Tokaev", in: people)
  #expect(matches.map(\.entity.name) == ["Kassym-Jomart Tokayev"])
  #expect(matches.first?.quality == .spelling)
}

@Test func aMisspeltSurnameStillMatches() {
  #expect(matched("Turmagambetva") == ["Zhemis Turmagambetova"])
}

@Test func theStartOfAWordIsEnoughForALongName() {
  #expect(matched("Zhemis Turmagamb") == ["Zhemis Turmagambetova"])
}

@Test func theSamePersonSpeltTwoWaysIsOneAnswer() {
  #expect(matched("Yergalieva") == ["Nazgul Yergalieva", "Nazgul Yeargalieva"])
  #expect(matched("Yeargalieva") == ["Nazgul Yeargalieva", "Nazgul Yergalieva"])
}

@Test func aNearMissOfTheQueryIsNotAddedBesideAnExactMatch() {
  let karim = person("Erlan Karim")
  #expect(NameMatcher(titles: []).matches("Erlan Karin", in: [karin, karim]).map(\.entity.name) == ["Erlan Karin"])
}

@Test func shortWordsMustBeSpeltExactly() {
  #expect(NameMatcher(titles: []).matches("Ana", in: [person("Ann Berg"), person("Ada Petrova")]).isEmpty)
}

@Test func anUnknownNameMatchesNobody() {
  #expect(matched("Zhanna Nonexistentova").isEmpty)
}

@Test func closestNamesAreSuggestedForAMiss() {
  #expect(matcher.closest("Turmagambetovna", in: people).map(\.name).first == "Zhemis Turmagambetova")
}

@Test func nothingFarIsSuggested() {
  #expect(matcher.closest("Qwxyz", in: people).isEmpty)
}

@Test func romanisationsShareTheirConsonants() {
  #expect(NameMatcher.consonants("Nazgul Yergalieva") == NameMatcher.consonants("Nazgul Yeargalieva"))
  #expect(NameMatcher.consonants("Kassym-Jomart Tokayev") == NameMatcher.consonants("Kasym-Zhomart Tokaev"))
  #expect(NameMatcher.consonants("Erlan Karin") != NameMatcher.consonants("Erlan Karim"))
}

@Test func editDistanceCountsATranspositionAsOneEdit() {
  #expect(NameMatcher.editDistance("tokayev", "tokaeyv") == 1)
  #expect(NameMatcher.editDistance("karin", "karim") == 1)
  #expect(NameMatcher.editDistance("", "abc") == 3)
}

@Test func skeletonEvensOutRomanisations() {
  #expect(NameMatcher.skeleton("zhomart") == NameMatcher.skeleton("jomart"))
  #expect(NameMatcher.skeleton("kassym") == NameMatcher.skeleton("kasim"))
}
