@testable import ClaimGraph
import Testing

/// Entities of `text` after the entity tagger, with no later stage.
private func tag(_ text: String) -> Document {
  run(text, through: "entities")
}

// MARK: - Persons

@Test func titleBeforeNameIsNotPartOfPerson() {
  let doc = tag("Today (6 May), Home Affairs Commissioner Ylva Johansson (pictured) is participating in two events addressing trafficking in human beings.")
  expectEntities(doc, .person, ["Ylva Johansson"])
  #expect(doc.entity("Ylva Johansson")?.range == 41..<55)
}

@Test func multiWordTitleWithConnectorIsNotPartOfPerson() {
  let doc = tag("“The trend lines on human rights continue to move in the wrong direction,” Secretary of State Antony Blinken told reporters.")
  expectEntities(doc, .person, ["Antony Blinken"])
  expectEntities(doc, .org, [])
}

@Test func personAfterLongTitleWithOrganisationInside() {
  let doc = tag("Speakers include Secretary of State for Citizenship and Gender Equality for the Portuguese Presidency of the Council of the EU Rosa Monteiro and acting EU Anti-trafficking Coordinator Olivier Onidi.")
  expectEntities(doc, .person, ["Rosa Monteiro", "Olivier Onidi"])
  #expect(doc.entity("Council of the EU")?.label == .org)
}

@Test func listedGivenNameMakesTwoWordsAPerson() {
  // `Price` is a common word; `Yerzhan` is a listed given name.
  let doc = tag("Yerzhan Price chaired the hearing in Almaty on Tuesday.")
  expectEntities(doc, .person, ["Yerzhan Price"])
}

@Test func appositionWithRoleMakesAPerson() {
  // `Zhasulan` is not a listed given name and `Mills` is a common word: only the role after the comma tells.
  let doc = tag("Zhasulan Mills, a lawyer for the family, filed an appeal on Monday.")
  expectEntities(doc, .person, ["Zhasulan Mills"])
}

@Test func roleBeforeSurnameMakesItAPerson() {
  let doc = tag("The prosecutor Kenzhetayev asked for a seven-year sentence.")
  expectEntities(doc, .person, ["Kenzhetayev"])
}

@Test func surnameBeforeSpeechVerbIsAPerson() {
  let doc = tag("“The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation of the human rights sphere,” Karin told the Astana Times.")
  expectEntities(doc, .person, ["Karin"])
}

@Test func sentenceOpeningWordIsNotPartOfName() {
  let doc = tag("Yesterday Daniyar Seitkali met voters in Karaganda.")
  expectEntities(doc, .person, ["Daniyar Seitkali"])
}

@Test func capitalisedCommonWordAtSentenceStartIsNoName() {
  let doc = tag("Protection of human rights has been a priority for President Tokayev since his election as Head of State in June 2019.")
  expectEntities(doc, .person, ["Tokayev"])
  expectEntities(doc, .org, [])
  expectEntities(doc, .law, [])
}

@Test func sentenceOfCapitalisedCommonWordAndPlaceHasNoEntities() {
  let doc = tag("Currently, Kazakhstan is experiencing historic changes in the field of combating human trafficking.")
  #expect(doc.entities.isEmpty)
}

@Test func mentionOffsetsCountUnicodeScalars() {
  // The flag is two scalars; a `String.count` offset would say 2.
  let doc = tag("🇰🇿 Kassym-Jomart Tokayev signed the decree on Thursday.")
  #expect(doc.entity("Kassym-Jomart Tokayev")?.range == 3..<24)
}

// MARK: - Organisations

@Test func ministriesInAListAreSeparateOrganisations() {
  let doc = tag("The presentation of the Special Report was attended by the heads of relevant ministries and agencies, such as the Ministry of Foreign Affairs, the Ministry of Health Care and Social Development, the Ministry of Internal Affairs and the Ministry of Justice; representatives of the diplomatic missions.")
  expectEntities(doc, .org, ["Ministry of Foreign Affairs", "Ministry of Health Care and Social Development",
                             "Ministry of Internal Affairs", "Ministry of Justice"])
}

@Test func ministryNameRunsThroughItsCountry() {
  let doc = tag("Under the chairmanship of the Ministry of Internal Affairs of the Republic of Kazakhstan, a working group was created.")
  expectEntities(doc, .org, ["Ministry of Internal Affairs of the Republic of Kazakhstan"])
}

@Test func nameTakesTheLabelOfItsBestEvidencedMentionEverywhereInTheDocument() {
  // `Adil Soz` alone looks like a person's name; after `NGO` it is an organisation, and so it is later too.
  let doc = tag("Media freedom NGO Adil Soz reported 13 criminal libel charges. Adil Soz called the figures alarming.")
  #expect(doc.entities.filter { $0.text == "Adil Soz" }.map(\.label) == [.org, .org])
}

@Test func listedOrganisationWithoutLeadingThe() {
  let doc = tag("The European Commission has presented a new strategy to prevent trafficking.")
  expectEntities(doc, .org, ["European Commission"])
  #expect(doc.entity("European Commission")?.range == 4..<23)
}

@Test func listedOutletAfterThe() {
  let doc = tag("Presidential aide Erlan Karin told the Astana Times that the decree was a step forward.")
  expectEntities(doc, .org, ["Astana Times"])
}

@Test func unlistedOutletByItsHeadWord() {
  let doc = tag("The regional daily Steppe Times reported on Friday that the akim had resigned.")
  expectEntities(doc, .org, ["Steppe Times"])
}

@Test func fundWhoseNameHoldsAMeasureWordIsAnOrganisation() {
  let doc = tag("Meanwhile, Zhemis Turmagambetova, president of the Charter for Human Rights Public Fund, told the paper that the decree presents an opportunity.")
  expectEntities(doc, .org, ["Charter for Human Rights Public Fund"])
  expectEntities(doc, .law, [])
  expectEntities(doc, .person, ["Zhemis Turmagambetova"])
}

@Test func listedAcronymsAreOrganisationsWithTheirFullNames() {
  let doc = tag("Representatives of the OSCE and the IOM attended the hearing.")
  expectEntities(doc, .org, ["OSCE", "IOM"])
  #expect(doc.entity("OSCE")?.canonical == "Organization for Security and Co-operation in Europe")
  #expect(doc.entity("IOM")?.canonical == "International Organization for Migration")
}

@Test func unlistedAcronymIsAnOrganisation() {
  let doc = tag("The created DCOC will make it possible to better solve crimes related to human trafficking.")
  expectEntities(doc, .org, ["DCOC"])
}

@Test func teamNameInARoleIsNotAnOrganisation() {
  let doc = tag("Speakers include Cathal Delaney, Head of Team Analysis Project Twins at Europol.")
  expectEntities(doc, .org, ["Europol"])
  expectEntities(doc, .person, ["Cathal Delaney"])
}

@Test func quotedNameAfterLegalFormIsOneOrganisation() {
  let doc = tag("Shakhnoza Khassanova, director of the PA LCWI “Sana Sezim”, also joined the working group to provide recommendations for the draft law.")
  expectEntities(doc, .person, ["Shakhnoza Khassanova"])
  expectEntities(doc, .org, ["PA LCWI “Sana Sezim”"])
}

@Test func nameInsideHyphenatedWordIsNoMention() {
  let doc = tag("With half of the victims identified in the EU being non-EU citizens, cooperation with international partners is key to address trafficking.")
  expectEntities(doc, .org, ["EU"])
  #expect(doc.entity("EU")?.range == 43..<45)
}

@Test func hyphenatedPairOfNamesIsNoMention() {
  let doc = tag("EU-Kazakhstan relations have deepened since 2015.")
  expectEntities(doc, .org, [])
}

// MARK: - Measures

@Test func decreeWithQuotedTitleIsOneMeasure() {
  let doc = tag("Kazakh President Kassym-Jomart Tokayev has signed a decree “On further measures of the Republic of Kazakhstan in the field of human rights”, which he said represents an important step.")
  expectEntities(doc, .law, ["decree “On further measures of the Republic of Kazakhstan in the field of human rights”"])
  #expect(doc.entity("decree “On further measures of the Republic of Kazakhstan in the field of human rights”")?.range == 52..<139)
  expectEntities(doc, .person, ["Kassym-Jomart Tokayev"])
}

@Test func capitalisedLawWithQuotedTitleIsOneMeasure() {
  let doc = tag("A working group was created to develop a separate draft Law “On combating human trafficking in the Republic of Kazakhstan”.")
  expectEntities(doc, .law, ["Law “On combating human trafficking in the Republic of Kazakhstan”"])
}

@Test func articleWithQuotedTitleOfCodeIsOneMeasure() {
  let doc = tag("In 2020, 63 criminal cases under article 146 “Torture” of the Criminal Code were registered in Kazakhstan.")
  expectEntities(doc, .law, ["article 146 “Torture” of the Criminal Code"])
  #expect(doc.entity("article 146 “Torture” of the Criminal Code")?.range == 33..<75)
}

@Test func hyphenatedModifierBelongsToDirective() {
  let doc = tag("The strategy builds on the EU's comprehensive legal and policy framework in place to address trafficking in human beings, rooted in the Anti-trafficking Directive.")
  expectEntities(doc, .law, ["Anti-trafficking Directive"])
}

@Test func conventionNamedAfterAnOrganisationIsOneMeasure() {
  let doc = tag("Speakers include Petya Nestorova, Executive Secretary of the Council of Europe Convention on Action against Trafficking in Human Beings.")
  expectEntities(doc, .law, ["Council of Europe Convention on Action against Trafficking in Human Beings"])
  expectEntities(doc, .org, [])
  expectEntities(doc, .person, ["Petya Nestorova"])
}

@Test func actionPlanWithComplementIsOneMeasure() {
  let doc = tag("The upcoming Action Plan against Migrant Smuggling will also help disrupt traffickers' business in moving victims for exploitation to Europe.")
  expectEntities(doc, .law, ["Action Plan against Migrant Smuggling"])
}

@Test func measuresJoinedByAmpersandAreTwo() {
  let doc = tag("MEMO: EU Strategy to tackle Organised Crime & EU Strategy on combatting Trafficking in Human Beings")
  expectEntities(doc, .law, ["EU Strategy to tackle Organised Crime", "EU Strategy on combatting Trafficking in Human Beings"])
}

@Test func numberedResolutionIsAMeasure() {
  let doc = tag("The Special Report was approved by a resolution № 32-47.327 of the President of the Republic of Kazakhstan on December 29, 2014.")
  expectEntities(doc, .law, ["resolution № 32-47.327"])
}

@Test func pactBeforeHyphenatedNameIsTheOnlyMention() {
  let doc = tag("The new Pact on Migration and Asylum also highlighted the importance of the early identification of potential non-EU victims of trafficking in human beings.")
  expectEntities(doc, .law, ["Pact on Migration and Asylum"])
  expectEntities(doc, .org, [])
}

// MARK: - Evidence beyond the seeds

@Test func listedSurnameAfterAnUncommonWordIsAPerson() {
  let doc = tag("The ruling was welcomed by Teodora Nguyen and others.")
  expectEntities(doc, .person, ["Teodora Nguyen"])
}

@Test func transliteratedSurnameEndingMakesAPerson() {
  let doc = tag("The petition was filed by Dauletkeldi Serikbayev on Monday.")
  expectEntities(doc, .person, ["Dauletkeldi Serikbayev"])
}

@Test func initialsBeforeASurnameArePartOfThePerson() {
  let doc = tag("The report was written by J. K. Osei of the central bank.")
  expectEntities(doc, .person, ["J. K. Osei"])
}

@Test func particlesStayInsideAPersonsName() {
  let doc = tag("Ursula von der Leyen met Omar bin Rashid in Brussels.")
  expectEntities(doc, .person, ["Ursula von der Leyen", "Omar bin Rashid"])
}

@Test func capitalisedPlaceInADatelineIsNoOrganisation() {
  let doc = tag("LONDON, 12 March 2024 - The regulator fined the bank.")
  expectEntities(doc, .org, [])
  expectEntities(doc, .date, ["12 March 2024"])
}

@Test func acronymDefinedAfterAMeasureIsThatMeasure() {
  let doc = tag("Brussels adopted the Digital Markets Act (DMA) on Tuesday. Under the DMA, gatekeepers face fines.")
  expectEntities(doc, .law, ["Digital Markets Act", "DMA", "DMA"])
  expectEntities(doc, .org, [])
  #expect(doc.entities.last { $0.text == "DMA" }?.canonical == "Digital Markets Act")
}

@Test func acronymThatSpellsOnlyTheEndOfAMeasureIsNotThatMeasure() {
  let doc = tag("Kazakhstan signed the Convention on Human Rights and Fundamental Freedoms of the Commonwealth of Independent States (CIS) in 1995.")
  expectEntities(doc, .law, ["Convention on Human Rights and Fundamental Freedoms of the Commonwealth of Independent States"])
  expectEntities(doc, .org, ["CIS"])
}

@Test func numberedSectionOfANamedActIsOneMeasure() {
  let doc = tag("The court struck down Section 230 of the Communications Decency Act and Article 5 of the Convention on the Rights of the Child.")
  expectEntities(doc, .law, ["Section 230 of the Communications Decency Act", "Article 5 of the Convention on the Rights of the Child"])
}

@Test func yearAfterOfBelongsToTheAct() {
  let doc = tag("The plant breaches the Clean Air Act of 1990, inspectors said.")
  expectEntities(doc, .law, ["Clean Air Act of 1990"])
  expectEntities(doc, .date, [])
}

@Test func appositionWithARoleAFewWordsOnMakesAPerson() {
  let doc = tag("The defence was led by Vera Tkachenko, one of the family's lawyers.")
  expectEntities(doc, .person, ["Vera Tkachenko"])
}

// MARK: - Overlaps

@Test func overlapsGoToTheLongerThenTheHigherPriorityThenTheFirstProposed() {
  // `Secretary of State Antony Blinken met the Council of Europe on 5 May.`, its tokens from 20 on, after
  // a sentence whose first token was chosen.
  var chosen = [Candidate(label: .person, tokens: 0..<1, priority: 2)]
  let candidates = [
    Candidate(label: .date, tokens: 31..<33, priority: 4),   // 5 May
    Candidate(label: .org, tokens: 27..<30, priority: 3),    // Council of Europe
    Candidate(label: .law, tokens: 27..<30, priority: 3),    // the same words and priority: the first proposed stays
    Candidate(label: .person, tokens: 23..<25, priority: 2), // Antony Blinken
    Candidate(label: .person, tokens: 24..<25, priority: 3), // Blinken: shorter, whatever its priority
    Candidate(label: .org, tokens: 29..<30, priority: 5),    // Europe
  ]
  Candidate.resolveOverlaps(candidates, into: &chosen)
  #expect(chosen.map(\.tokens) == [0..<1, 23..<25, 27..<30, 31..<33])
  #expect(chosen.map(\.label) == [.person, .person, .org, .date])
}
