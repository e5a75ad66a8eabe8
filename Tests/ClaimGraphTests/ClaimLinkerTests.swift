@testable import ClaimGraph
import Testing

private let decree = "decree “On further measures of the Republic of Kazakhstan in the field of human rights”"

/// The `about` lists the claim linker gives the hand-built quotes of a
/// tokenized, sentence-split `text` whose measures are given by hand.
private func about(_ text: String, measures: (Document) -> [EntityMention], quotes: (Document) -> [Quote]) -> [[String]] {
  var doc = run(text, through: "sentences")
  doc.entities = measures(doc)
  doc.quotes = quotes(doc)
  return ClaimLinker(lexicon: lexicon).process(doc).quotes.map(\.about)
}

@Test func measureNamedInQuoteIsWhatItIsAbout() {
  let text = "“The U.S. can take meaningful action to end the genocide of Uyghurs by prosecuting China's diplomats under US Code Section 1091 and increasing tariffs,” said Hudayar."
  let result = about(text, measures: { [HandBuilt.mention(.law, "US Code Section 1091", in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "The U.S. can take meaningful action to end the genocide of Uyghurs by prosecuting China's diplomats under US Code Section 1091 and increasing tariffs", in: $0, speaker: "Hudayar")] })
  #expect(result == [["US Code Section 1091"]])
}

@Test func todaysDecreeIsTheDecreeNamedBefore() {
  let text = "Kazakh President Kassym-Jomart Tokayev has signed a \(decree).\n\n“The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation of the human rights sphere,” Karin told the Astana Times."
  let result = about(text, measures: { [HandBuilt.mention(.law, decree, in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation of the human rights sphere", in: $0, speaker: "Erlan Karin", cue: "told")] })
  #expect(result == [[decree]])
}

@Test func theActionPlanIsThePlanNamedBefore() {
  let text = "The government has been instructed to adopt an Urgent Action Plan for its implementation.\n\n“However, it largely depends on the implementation of the action plan and on the dialogue with civil society,” Suleimen added."
  let result = about(text, measures: { [HandBuilt.mention(.law, "Urgent Action Plan", in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "However, it largely depends on the implementation of the action plan and on the dialogue with civil society", in: $0, speaker: "Usen Suleimen", cue: "added")] })
  #expect(result == [["Urgent Action Plan"]])
}

@Test func capitalisedHeadWordIsTheMeasureNamedBefore() {
  let text = "The strategy is rooted in the Anti-trafficking Directive.\n\n“We will continue to support member states in the implementation of the Directive,” Johansson said."
  let result = about(text, measures: { [HandBuilt.mention(.law, "Anti-trafficking Directive", in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "We will continue to support member states in the implementation of the Directive", in: $0, speaker: "Ylva Johansson")] })
  #expect(result == [["Anti-trafficking Directive"]])
}

@Test func referenceIsTheLastMeasureOfItsKindNamedBefore() {
  let text = "In 2019 the president signed Decree No. 152 on the abolition of the death penalty. In June he signed a \(decree).\n\n“It is the government’s turn to develop plans for the implementation of the decree,” Turmagambetova said."
  let result = about(text, measures: { [HandBuilt.mention(.law, "Decree No. 152", in: $0), HandBuilt.mention(.law, decree, in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "It is the government’s turn to develop plans for the implementation of the decree", in: $0, speaker: "Zhemis Turmagambetova")] })
  #expect(result == [[decree]])
}

@Test func referenceWithModifierIsTheMeasureOfItsHeadWord() {
  let text = "Tokayev has signed a \(decree).\n\n“An important stage of political modernisation is a further implementation of concrete measures in the field of human rights. A corresponding decree was signed today,” Tokayev said on Twitter."
  let result = about(text, measures: { [HandBuilt.mention(.law, decree, in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "An important stage of political modernisation is a further implementation of concrete measures in the field of human rights. A corresponding decree was signed today", in: $0, speaker: "Kassym-Jomart Tokayev")] })
  #expect(result == [[decree]])
}

@Test func referenceToAKindNeverNamedLinksNothing() {
  let text = "Tokayev has signed a \(decree).\n\n“The law must protect the victims of trafficking first,” Khassanova said."
  let result = about(text, measures: { [HandBuilt.mention(.law, decree, in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "The law must protect the victims of trafficking first", in: $0, speaker: "Shakhnoza Khassanova")] })
  #expect(result == [[]])
}

@Test func measureNamedInIntroducingSentenceIsWhatItIsAbout() {
  let text = "Presenting the review of the Anti-trafficking Directive, Home Affairs Commissioner Ylva Johansson said: “We will look at the rules in place to check if they are still fit for purpose.”"
  let result = about(text, measures: { [HandBuilt.mention(.law, "Anti-trafficking Directive", in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "We will look at the rules in place to check if they are still fit for purpose.", in: $0, speaker: "Ylva Johansson")] })
  #expect(result == [["Anti-trafficking Directive"]])
}

@Test func measureNamedInAnEarlierSentenceOnlyIsNotWhatItIsAbout() {
  let text = "The Commission presented its review of the Anti-trafficking Directive on Monday.\n\n“Traffickers prey on people's vulnerabilities,” Schinas said."
  let result = about(text, measures: { [HandBuilt.mention(.law, "Anti-trafficking Directive", in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "Traffickers prey on people's vulnerabilities", in: $0, speaker: "Margaritis Schinas")] })
  #expect(result == [[]])
}

@Test func measuresAreListedOnceInReadingOrder() {
  let text = "Tokayev has signed a \(decree).\n\n“The decree was signed today. The government has been instructed to adopt an Urgent Action Plan for the decree,” Tokayev said."
  let result = about(text, measures: { [HandBuilt.mention(.law, decree, in: $0), HandBuilt.mention(.law, "Urgent Action Plan", in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "The decree was signed today. The government has been instructed to adopt an Urgent Action Plan for the decree", in: $0, speaker: "Kassym-Jomart Tokayev")] })
  #expect(result == [[decree, "Urgent Action Plan"]])
}

@Test func measureIsGivenByItsFullestName() {
  let text = "“Today's Strategy on Combatting Trafficking in Human Beings takes a three-pronged approach,” Schinas said."
  let result = about(text, measures: { [HandBuilt.mention(.law, "Strategy on Combatting Trafficking in Human Beings", in: $0, canonical: "EU Strategy on Combatting Trafficking in Human Beings")] },
                     quotes: { [HandBuilt.quote(.direct, "Today's Strategy on Combatting Trafficking in Human Beings takes a three-pronged approach", in: $0, speaker: "Margaritis Schinas")] })
  #expect(result == [["EU Strategy on Combatting Trafficking in Human Beings"]])
}

@Test func eachQuoteHasItsOwnMeasures() {
  let text = "The strategy is rooted in the Anti-trafficking Directive.\n\n“Traffickers prey on people's vulnerabilities,” Schinas said. “We will support member states in the implementation of the Directive,” Johansson said."
  let result = about(text, measures: { [HandBuilt.mention(.law, "Anti-trafficking Directive", in: $0)] },
                     quotes: { [HandBuilt.quote(.direct, "Traffickers prey on people's vulnerabilities", in: $0, speaker: "Margaritis Schinas"),
                                HandBuilt.quote(.direct, "We will support member states in the implementation of the Directive", in: $0, speaker: "Ylva Johansson")] })
  #expect(result == [[], ["Anti-trafficking Directive"]])
}

@Test func theLawAfterAnActIsThatAct() {
  let doc = annotate("Montana passed the Minor Online Protection Act in May. The state's attorney general said the law was constitutional.")
  #expect(doc.quotes.map(\.about) == [["Minor Online Protection Act"]])
}

@Test func theLawLongAfterTheLastActIsTheLawInGeneral() {
  let filler = String(repeating: "Officials met again and again to discuss other matters of the day. ", count: 30)
  let doc = annotate("Montana passed the Minor Online Protection Act in May.\n\n\(filler)\n\nLegal experts noted the law was vague.")
  #expect(doc.quotes.map(\.about) == [[]])
}

@Test func abbreviatedActLinksToTheNameItSpells() {
  let doc = annotate("India notified the Digital Personal Data Protection Act, 2023 on Friday. “These rules give teeth to the DPDP Act,” the minister said.")
  #expect(doc.quotes.first?.about == ["Digital Personal Data Protection Act, 2023"])
}

@Test func aMeasureNameHasOnlyWholeWordsOfItsName() {
  let name = ClaimLinker.MeasureName("Law on Mass-Media of the Republic of Kazakhstan", lawParts: lexicon.lawParts)
  #expect(name.hasWord(among: ClaimLinker.Heads(["law"])))
  #expect(name.hasWord(among: ClaimLinker.Heads(["mass-media"])))
  #expect(!name.hasWord(among: ClaimLinker.Heads(["media", "la", "kazakh"])))
  #expect(name.isWhole)
}

@Test func aMeasureNameBeyondASCIIHasItsWordsToo() {
  let name = ClaimLinker.MeasureName("Law “On Mass-Media”", lawParts: lexicon.lawParts)
  #expect(name.hasWord(among: ClaimLinker.Heads(["mass-media"])))
  #expect(!name.hasWord(among: ClaimLinker.Heads(["media"])))
}

@Test func aNumberedPartOfAMeasureIsNoWholeMeasure() {
  #expect(!ClaimLinker.MeasureName("Article 146 of the Criminal Code", lawParts: lexicon.lawParts).isWhole)
  #expect(!ClaimLinker.MeasureName("section 230 of the Communications Decency Act", lawParts: lexicon.lawParts).isWhole)
}
