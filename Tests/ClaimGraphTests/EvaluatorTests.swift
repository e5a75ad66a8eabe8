@testable import ClaimGraph
import Foundation
import Testing

private typealias A = AnnotationFixture

/// Scores one document's prediction against its gold.
private func score(gold: JSONValue, predicted: JSONValue) -> Evaluator.Report {
  Evaluator().score(gold: ["001": gold], predicted: ["001": predicted])
}

private func counts(_ tp: Int, _ fp: Int, _ fn: Int) -> Evaluator.Counts {
  Evaluator.Counts(truePositives: tp, falsePositives: fp, falseNegatives: fn)
}

// MARK: - Entities, strict

@Test func strictMatchCountsATextAnnotatedTwiceTwice() {
  let gold = A.document("001", entities: [A.entity(.person, "Tokayev"), A.entity(.person, "Tokayev")])
  let predicted = A.document("001", entities: [A.entity(.person, "Tokayev")])
  #expect(score(gold: gold, predicted: predicted).strict[.person] == counts(1, 0, 1))
}

@Test func strictMatchCountsAPredictionRepeatedTooOftenAsFalseAlarm() {
  let gold = A.document("001", entities: [A.entity(.org, "Astana Times")])
  let predicted = A.document("001", entities: [A.entity(.org, "Astana Times"), A.entity(.org, "Astana Times")])
  #expect(score(gold: gold, predicted: predicted).strict[.org] == counts(1, 1, 0))
}

@Test func strictMatchComparesTextsAfterNormalisation() {
  let gold = A.document("001", entities: [A.entity(.law, "Employers' Sanctions Directive"), A.entity(.date, "2021-2025")])
  let predicted = A.document("001", entities: [A.entity(.law, "the Employers’ Sanctions  Directive,"), A.entity(.date, "2021–2025")])
  let report = score(gold: gold, predicted: predicted)
  #expect(report.strict[.law] == counts(1, 0, 0))
  #expect(report.strict[.date] == counts(1, 0, 0))
}

@Test func strictMatchKeepsDiacritics() {
  let gold = A.document("001", entities: [A.entity(.person, "Agnė Bilotaitė")])
  let predicted = A.document("001", entities: [A.entity(.person, "Agne Bilotaite")])
  #expect(score(gold: gold, predicted: predicted).strict[.person] == counts(0, 1, 1))
}

@Test func strictMatchNeedsTheSameLabel() {
  let gold = A.document("001", entities: [A.entity(.org, "Charter for Human Rights Public Fund")])
  let predicted = A.document("001", entities: [A.entity(.law, "Charter for Human Rights Public Fund")])
  let report = score(gold: gold, predicted: predicted)
  #expect(report.strict[.org] == counts(0, 0, 1))
  #expect(report.strict[.law] == counts(0, 1, 0))
}

@Test func entitiesMatchOnlyWithinTheirDocument() {
  let gold: [String: JSONValue] = ["001": A.document("001", entities: [A.entity(.org, "EU")]), "002": A.document("002")]
  let predicted: [String: JSONValue] = ["001": A.document("001"), "002": A.document("002", entities: [A.entity(.org, "EU")])]
  #expect(Evaluator().score(gold: gold, predicted: predicted).strict[.org] == counts(0, 1, 1))
}

@Test func overallCountsAreSummedOverLabelsAndDocuments() {
  let gold: [String: JSONValue] = [
    "001": A.document("001", entities: [A.entity(.person, "Erlan Karin"), A.entity(.org, "Astana Times")]),
    "002": A.document("002", entities: [A.entity(.law, "resolution № 32-47.327")]),
  ]
  let predicted: [String: JSONValue] = [
    "001": A.document("001", entities: [A.entity(.person, "Erlan Karin"), A.entity(.org, "Times")]),
    "002": A.document("002", entities: [A.entity(.law, "resolution № 32-47.327"), A.entity(.date, "2014")]),
  ]
  let report = Evaluator().score(gold: gold, predicted: predicted)
  #expect(report.strictOverall == counts(2, 2, 1))
  #expect(report.strictOverall.precision == 0.5)
  #expect(report.strictOverall.recall == 2.0 / 3.0)
}

@Test func documentWithoutPredictionPredictsNothing() {
  let gold: [String: JSONValue] = ["001": A.document("001", entities: [A.entity(.person, "Erlan Karin")])]
  let report = Evaluator().score(gold: gold, predicted: [:])
  #expect(report.strict[.person] == counts(0, 0, 1))
  #expect(report.missingPredictions == ["001"])
  #expect(report.documents == 1)
}

// MARK: - Entities, lenient

@Test func lenientMatchAcceptsAPredictionInsideTheGoldText() {
  let gold = A.document("001", entities: [A.entity(.org, "Ministry of Internal Affairs of the Republic of Kazakhstan")])
  let predicted = A.document("001", entities: [A.entity(.org, "Ministry of Internal Affairs")])
  let report = score(gold: gold, predicted: predicted)
  #expect(report.strict[.org] == counts(0, 1, 1))
  #expect(report.lenient[.org] == counts(1, 0, 0))
}

@Test func lenientMatchAcceptsGoldTextInsideThePrediction() {
  let gold = A.document("001", entities: [A.entity(.person, "Ylva Johansson")])
  let predicted = A.document("001", entities: [A.entity(.person, "Commissioner Ylva Johansson")])
  #expect(score(gold: gold, predicted: predicted).lenient[.person] == counts(1, 0, 0))
}

@Test func lenientMatchComesAfterStrictMatches() {
  // Lenient-first would pair the predicted `UN` with `UN Human Rights Council` and miss the gold `UN`.
  let gold = A.document("001", entities: [A.entity(.org, "UN Human Rights Council"), A.entity(.org, "UN")])
  let predicted = A.document("001", entities: [A.entity(.org, "UN"), A.entity(.org, "Human Rights Council")])
  let report = score(gold: gold, predicted: predicted)
  #expect(report.strict[.org] == counts(1, 1, 1))
  #expect(report.lenient[.org] == counts(2, 0, 0))
}

@Test func lenientMatchNeedsTheSameLabel() {
  let gold = A.document("001", entities: [A.entity(.org, "Council of Europe")])
  let predicted = A.document("001", entities: [A.entity(.law, "Council of Europe Convention on Action against Trafficking in Human Beings")])
  let report = score(gold: gold, predicted: predicted)
  #expect(report.lenient[.org] == counts(0, 0, 1))
  #expect(report.lenient[.law] == counts(0, 1, 0))
}

// MARK: - Normalisation

@Test func dateNormIsRightWhenStringsAreEqual() {
  let gold = A.document("001", entities: [A.entity(.date, "10 June", norm: .string("2021-06-10")), A.entity(.date, "March 2019", norm: .string("2019-03"))])
  let predicted = A.document("001", entities: [A.entity(.date, "10 June", norm: .string("2021-06-10")), A.entity(.date, "March 2019", norm: .string("2019-03-01"))])
  #expect(score(gold: gold, predicted: predicted).normalization[.date] == Evaluator.Accuracy(right: 1, total: 2))
}

@Test func normIsScoredOnlyOverStrictlyMatchedGoldMentions() {
  let gold = A.document("001", entities: [A.entity(.date, "25 January, 2022", norm: .string("2022-01-25")), A.entity(.date, "Thursday")])
  let predicted = A.document("001", entities: [A.entity(.date, "25 January", norm: .string("2022-01-25")), A.entity(.date, "Thursday", norm: .string("2021-06-10"))])
  #expect(score(gold: gold, predicted: predicted).normalization[.date] == Evaluator.Accuracy(right: 0, total: 0))
}

@Test func missingPredictedNormIsWrong() {
  let gold = A.document("001", entities: [A.entity(.date, "late 2019", norm: .string("2019"))])
  let predicted = A.document("001", entities: [A.entity(.date, "late 2019")])
  #expect(score(gold: gold, predicted: predicted).normalization[.date] == Evaluator.Accuracy(right: 0, total: 1))
}

@Test func moneyNormIsRightWhenAmountsDifferByLessThanHalfACent() {
  let gold = A.document("001", entities: [A.entity(.money, "12.96 million tenge", norm: A.money("12960000", "KZT"))])
  let predicted = A.document("001", entities: [A.entity(.money, "12.96 million tenge", norm: A.money("12960000.004", "KZT"))])
  #expect(score(gold: gold, predicted: predicted).normalization[.money] == Evaluator.Accuracy(right: 1, total: 1))
}

@Test func moneyNormIsWrongWhenAmountsDifferByHalfACent() {
  let gold = A.document("001", entities: [A.entity(.money, "$40,000", norm: A.money("40000", "USD"))])
  let predicted = A.document("001", entities: [A.entity(.money, "$40,000", norm: A.money("40000.005", "USD"))])
  #expect(score(gold: gold, predicted: predicted).normalization[.money] == Evaluator.Accuracy(right: 0, total: 1))
}

@Test func moneyNormIsWrongWhenCurrenciesDiffer() {
  let gold = A.document("001", entities: [A.entity(.money, "€29.4 billion", norm: A.money("29400000000", "EUR"))])
  let predicted = A.document("001", entities: [A.entity(.money, "€29.4 billion", norm: A.money("29400000000", "USD"))])
  #expect(score(gold: gold, predicted: predicted).normalization[.money] == Evaluator.Accuracy(right: 0, total: 1))
}

// MARK: - Quotes

@Test func quotesMatchAtJaccardOfOneHalf() {
  // {authorities, blocked, 55} of {authorities, blocked, 55, websites, opposition, sites}: 3/6.
  let gold = A.document("001", quotes: [A.quote(.indirect, "authorities blocked 55 websites", speaker: "Adil Soz")])
  let predicted = A.document("001", quotes: [A.quote(.indirect, "Authorities blocked 55 opposition sites", speaker: "Adil Soz")])
  #expect(score(gold: gold, predicted: predicted).quotes[.indirect] == counts(1, 0, 0))
}

@Test func quotesDoNotMatchBelowJaccardOfOneHalf() {
  // {authorities, blocked} of {authorities, blocked, 55, websites, opposition, news, sites}: 2/7.
  let gold = A.document("001", quotes: [A.quote(.indirect, "authorities blocked 55 websites", speaker: "Adil Soz")])
  let predicted = A.document("001", quotes: [A.quote(.indirect, "authorities blocked opposition news sites", speaker: "Adil Soz")])
  #expect(score(gold: gold, predicted: predicted).quotes[.indirect] == counts(0, 1, 1))
}

@Test func quotesMatchOnlyQuotesOfTheSameKind() {
  let gold = A.document("001", quotes: [A.quote(.direct, "The trend lines on human rights continue to move in the wrong direction", speaker: "Antony Blinken")])
  let predicted = A.document("001", quotes: [A.quote(.indirect, "The trend lines on human rights continue to move in the wrong direction", speaker: "Antony Blinken")])
  let report = score(gold: gold, predicted: predicted)
  #expect(report.quotes[.direct] == counts(0, 0, 1))
  #expect(report.quotes[.indirect] == counts(0, 1, 0))
}

@Test func quotesArePairedOneToOne() {
  let text = "Strong and meaningful actions also need to be taken against governments violating human rights"
  let gold = A.document("001", quotes: [A.quote(.direct, text, speaker: "Salih Hudayar")])
  let predicted = A.document("001", quotes: [A.quote(.direct, text, speaker: "Salih Hudayar"), A.quote(.direct, text, speaker: "Salih Hudayar")])
  #expect(score(gold: gold, predicted: predicted).quotes[.direct] == counts(1, 1, 0))
}

@Test func quotesArePairedBestFirst() {
  // The second prediction is the better match; only it pairs, and its speaker is right.
  let gold = A.document("001", quotes: [A.quote(.direct, "Traffickers prey on people's vulnerabilities", speaker: "Margaritis Schinas")])
  let predicted = A.document("001", quotes: [
    A.quote(.direct, "Traffickers prey on vulnerabilities", speaker: "Ylva Johansson"),
    A.quote(.direct, "Traffickers prey on people's vulnerabilities", speaker: "Margaritis Schinas"),
  ])
  let report = score(gold: gold, predicted: predicted)
  #expect(report.quotes[.direct] == counts(1, 1, 0))
  #expect(report.speakers[.direct] == Evaluator.Accuracy(right: 1, total: 1))
}

@Test func bestFirstPairingBeatsEachGoldTakingItsBestInTurn() {
  // The first gold quote's best partner (0.8) is the second gold quote's only one (1.0);
  // best first, the first gold quote takes its second choice (0.6) and both pair.
  let gold = A.document("001", quotes: [
    A.quote(.indirect, "courts blocked 55 websites again", speaker: "Adil Soz"),
    A.quote(.indirect, "courts blocked 55 websites", speaker: "Adil Soz"),
  ])
  let predicted = A.document("001", quotes: [
    A.quote(.indirect, "courts blocked 55 websites", speaker: "Adil Soz"),
    A.quote(.indirect, "courts blocked again", speaker: "Adil Soz"),
  ])
  #expect(score(gold: gold, predicted: predicted).quotes[.indirect] == counts(2, 0, 0))
}

// MARK: - Speakers

@Test func speakerIsRightWhenLastWordsAgreeIgnoringCase() {
  let text = "An important stage of political modernisation is a further implementation of concrete measures"
  let gold = A.document("001", quotes: [A.quote(.direct, text, speaker: "Kassym-Jomart Tokayev")])
  let predicted = A.document("001", quotes: [A.quote(.direct, text, speaker: "President TOKAYEV")])
  #expect(score(gold: gold, predicted: predicted).speakers[.direct] == Evaluator.Accuracy(right: 1, total: 1))
}

@Test func speakerIsWrongWhenLastWordsDiffer() {
  let text = "An important stage of political modernisation is a further implementation of concrete measures"
  let gold = A.document("001", quotes: [A.quote(.direct, text, speaker: "Kassym-Jomart Tokayev")])
  let predicted = A.document("001", quotes: [A.quote(.direct, text, speaker: "Tokayev Kassym-Jomart")])
  #expect(score(gold: gold, predicted: predicted).speakers[.direct] == Evaluator.Accuracy(right: 0, total: 1))
}

@Test func nullSpeakerMatchesOnlyNull() {
  let text = "the criticism was unfair"
  let gold = A.document("001", quotes: [A.quote(.indirect, text, speaker: nil), A.quote(.indirect, "the EU should not ignore efforts", speaker: nil)])
  let predicted = A.document("001", quotes: [A.quote(.indirect, text, speaker: nil), A.quote(.indirect, "the EU should not ignore efforts", speaker: "diplomats")])
  #expect(score(gold: gold, predicted: predicted).speakers[.indirect] == Evaluator.Accuracy(right: 1, total: 2))
}

@Test func speakerIsScoredOnlyOverMatchedQuotes() {
  let gold = A.document("001", quotes: [A.quote(.direct, "Strong and meaningful actions also need to be taken", speaker: "Salih Hudayar")])
  let predicted = A.document("001", quotes: [A.quote(.direct, "The trend lines on human rights continue to move", speaker: "Salih Hudayar")])
  #expect(score(gold: gold, predicted: predicted).speakers[.direct] == Evaluator.Accuracy(right: 0, total: 0))
}

// MARK: - About

private let decree = "decree “On further measures of the Republic of Kazakhstan in the field of human rights”"
private let quoteText = "It is the government’s turn to develop plans for the implementation of the decree"

private func aboutAccuracy(gold: [String], predicted: [String]) -> Evaluator.Accuracy {
  score(gold: A.document("001", quotes: [A.quote(.direct, quoteText, speaker: "Zhemis Turmagambetova", about: gold)]),
        predicted: A.document("001", quotes: [A.quote(.direct, quoteText, speaker: "Zhemis Turmagambetova", about: predicted)])).about
}

@Test func aboutIsRightWhenMeasuresAgreeAfterNormalisation() {
  #expect(aboutAccuracy(gold: [decree], predicted: ["the decree \"On further measures of the Republic of Kazakhstan in the field of human rights\""]) == Evaluator.Accuracy(right: 1, total: 1))
}

@Test func aboutTreatsNoBreakSpaceAsASpace() {
  #expect(aboutAccuracy(gold: ["EU\u{00A0}Strategy on Combatting Trafficking in Human Beings"],
                        predicted: ["EU Strategy on Combatting Trafficking in Human Beings"]) == Evaluator.Accuracy(right: 1, total: 1))
}

@Test func aboutIsRightWhenOneMeasureContainsTheOther() {
  #expect(aboutAccuracy(gold: ["Strategy on Combatting Trafficking in Human Beings"],
                        predicted: ["EU Strategy on Combatting Trafficking in Human Beings"]) == Evaluator.Accuracy(right: 1, total: 1))
}

@Test func aboutIsWrongWhenAGoldMeasureIsMissing() {
  #expect(aboutAccuracy(gold: [decree, "Urgent Action Plan"], predicted: [decree]) == Evaluator.Accuracy(right: 0, total: 1))
}

@Test func aboutIsWrongWhenAnExtraMeasureIsPredicted() {
  #expect(aboutAccuracy(gold: [decree], predicted: [decree, "Urgent Action Plan"]) == Evaluator.Accuracy(right: 0, total: 1))
}

@Test func aboutCountsQuotesWhereOnlyThePredictionListsAMeasure() {
  #expect(aboutAccuracy(gold: [], predicted: [decree]) == Evaluator.Accuracy(right: 0, total: 1))
}

@Test func aboutSkipsQuotesWhereNeitherSideListsAMeasure() {
  #expect(aboutAccuracy(gold: [], predicted: []) == Evaluator.Accuracy(right: 0, total: 0))
}
