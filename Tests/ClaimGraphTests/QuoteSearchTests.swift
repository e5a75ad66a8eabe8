@testable import ClaimGraph
import Testing

private let decree = GraphRecord.Entity(id: "law:decree-on-human-rights", type: .law, name: "Decree on Human Rights",
                                        aliases: ["Decree on Human Rights", "the decree"], mentions: 3, quotes: 0, documents: ["a", "b"])
private let plan = GraphRecord.Entity(id: "law:urgent-action-plan", type: .law, name: "Urgent Action Plan",
                                      aliases: ["Urgent Action Plan"], mentions: 1, quotes: 0, documents: ["b"])
private let karin = GraphRecord.Entity(id: "person:erlan-karin", type: .person, name: "Erlan Karin",
                                       aliases: ["Erlan Karin", "Karin"], mentions: 2, quotes: 2, documents: ["a", "b"])
private let suleimen = GraphRecord.Entity(id: "person:usen-suleimen", type: .person, name: "Usen Suleimen",
                                          aliases: ["Usen Suleimen"], mentions: 1, quotes: 1, documents: ["b"])

private func quote(_ document: String, _ number: Int, _ speaker: String?, _ kind: String, _ measures: [String],
                   _ text: String) -> GraphRecord.Quote {
  GraphRecord.Quote(id: "quote:\(document):\(number)", document: document, kind: kind, speaker: speaker,
                    speakerName: speaker == nil ? "Freedom on the Net report" : nil, mention: nil, cue: "said", text: text,
                    start: 0, end: text.unicodeScalars.count, sentence: number, measures: measures)
}

private let index = GraphIndex(
  documents: [GraphRecord.Document(id: "a", path: "seeds/a.txt", title: "Connect with us", date: "2021-03-30", sentences: 10),
              GraphRecord.Document(id: "b", path: "seeds/b.txt", title: "News", date: "2021-06-10", sentences: 20),
              GraphRecord.Document(id: "c", path: "seeds/c.txt", title: "Undated", date: nil, sentences: 2)],
  entities: [decree, karin, plan, suleimen],
  quotes: [
    quote("a", 1, karin.id, "direct", [decree.id], "The significance of this decree lies in the fact that the human rights theme is finally incorporated"),
    quote("b", 1, karin.id, "indirect", [decree.id, plan.id], "the plan would be adopted within a month"),
    quote("b", 2, suleimen.id, "direct", [plan.id], "However, it largely depends on the implementation of the action plan"),
    quote("c", 1, nil, "indirect", [plan.id], "the plan had not been published"),
  ])
private let search = QuoteSearch(index: index, titles: ["Minister"])

private func ids(_ filter: QuoteSearch.Filter) -> [String] { search.quotes(filter).map(\.quote.id) }

@Test func quotesOfASpeakerComeInGraphOrder() {
  #expect(ids(.init(speakers: [karin.id])) == ["quote:a:1", "quote:b:1"])
}

@Test func aboutKeepsQuotesNamingAnyOfTheMeasures() {
  #expect(ids(.init(measures: [plan.id])) == ["quote:b:1", "quote:b:2", "quote:c:1"])
}

@Test func fromAndToAreInclusive() {
  #expect(ids(.init(from: "2021-06-10", to: "2021-06-10")) == ["quote:b:1", "quote:b:2"])
}

@Test func aYearAsTheUpperBoundKeepsTheWholeYear() {
  #expect(ids(.init(to: "2021")) == ["quote:a:1", "quote:b:1", "quote:b:2"])
}

@Test func aMonthAsTheLowerBoundStartsAtThatMonth() {
  #expect(ids(.init(from: "2021-04")) == ["quote:b:1", "quote:b:2"])
}

@Test func undatedQuotesFallInNoPeriod() {
  #expect(!ids(.init(from: "1900")).contains("quote:c:1"))
  #expect(ids(.init()).contains("quote:c:1"))
}

@Test func kindKeepsOnlyThatKind() {
  #expect(ids(.init(kind: "direct")) == ["quote:a:1", "quote:b:2"])
}

@Test func filtersCombine() {
  #expect(ids(.init(speakers: [karin.id], measures: [plan.id], from: "2021", kind: "indirect")) == ["quote:b:1"])
}

@Test func aHitCarriesDateDocumentAndMeasureNames() throws {
  let hit = try #require(search.quotes(.init(speakers: [karin.id])).last)
  #expect(hit.speaker == "Erlan Karin")
  #expect(hit.date == "2021-06-10")
  #expect(hit.document?.title == "News")
  #expect(hit.measures.map(\.name) == ["Decree on Human Rights", "Urgent Action Plan"])
}

@Test func aSpeakerWhoIsNotAnEntityKeepsTheNameTheTextGives() {
  #expect(search.quotes(.init(measures: [plan.id])).last?.speaker == "Freedom on the Net report")
}

@Test func aSpeakerIdTheGraphLacksShowsTheNameTheTextGivesNotTheId() throws {
  // A graph cut down by hand (one document's records kept) can name a speaker whose entity record went.
  let said = GraphRecord.Quote(id: "quote:d:1", document: "d", kind: "direct", speaker: "person:aigerim-seitkali",
                               speakerName: "Aigerim Seitkali", mention: nil, cue: "said", text: "The law will protect journalists",
                               start: 0, end: 32, sentence: 1, measures: [plan.id])
  let search = QuoteSearch(index: GraphIndex(documents: [], entities: [plan], quotes: [said]), titles: [])
  let hit = try #require(search.quotes(.init(measures: [plan.id])).first)
  #expect(hit.speaker == "Aigerim Seitkali")
}

@Test func measuresMatchByWordsOfTheirName() {
  #expect(search.measures(matching: "the action plan").map(\.entity.id) == [plan.id])
}

@Test func speakerSearchLeavesMeasuresOut() {
  #expect(search.speakers(matching: "Urgent Action Plan").isEmpty)
}

@Test func aTitleBeforeTheSpeakerIsDropped() {
  #expect(search.speakers(matching: "Minister Karin").map(\.entity.id) == [karin.id])
}
