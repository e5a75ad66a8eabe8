@testable import ClaimGraph
import Testing

/// Links hand-built mentions of a tokenized `text`.
private func link(_ text: String, _ mentions: (Document) -> [EntityMention]) -> [EntityMention] {
  let doc = run(text, through: "sentences")
  return NameCoreference(lexicon: lexicon, document: doc).link(mentions(doc))
}

private func canonicals(_ mentions: [EntityMention]) -> [String] { mentions.map(\.canonical) }

// MARK: - Persons

@Test func surnameAloneIsTheFullNameBeforeIt() {
  let doc = run("Kazakh President Kassym-Jomart Tokayev has signed a decree. Kazakhstan has followed a path of controlled democratisation since Tokayev took over as president in March 2019.", through: "entities")
  expectEntities(doc, .person, ["Kassym-Jomart Tokayev", "Tokayev"])
  #expect(doc.entity("Tokayev")?.canonical == "Kassym-Jomart Tokayev")
}

@Test func firstNameAloneIsTheFullNameBeforeIt() {
  let doc = run("I have spent the past two days speaking on the phone with one of Zhovtis's lawyers, Vera Tkachenko, to gather information for this article. Vera tells me that from the very first police reports, there were extraordinary irregularities.", through: "entities")
  let vera = doc.entities.first { $0.text == "Vera" }
  #expect(vera?.label == .person)
  #expect(vera?.canonical == "Vera Tkachenko")
  #expect(vera?.range == 140..<144)
}

@Test func surnameBeforeAnyFullNameIsTheFirstFullNameAfterIt() {
  let doc = run("Tokayev signs human rights decree\n\nKazakh President Kassym-Jomart Tokayev has signed a decree on human rights.", through: "entities")
  expectEntities(doc, .person, ["Tokayev", "Kassym-Jomart Tokayev"])
  #expect(doc.entity("Tokayev")?.canonical == "Kassym-Jomart Tokayev")
}

@Test func sharedSurnameIsTheNearestFullNameBeforeIt() {
  let linked = link("Rakhat Aliyev fled the country in 2007. His cousin Khozha Aliyev was later convicted. Aliyev said that he had been tortured.") { doc in
    [HandBuilt.mention(.person, "Rakhat Aliyev", in: doc), HandBuilt.mention(.person, "Khozha Aliyev", in: doc),
     HandBuilt.mention(.person, "Aliyev", in: doc, occurrence: 3)]
  }
  #expect(canonicals(linked) == ["Rakhat Aliyev", "Khozha Aliyev", "Khozha Aliyev"])
}

@Test func untaggedSurnameOfAFullNameBecomesAPerson() {
  let linked = link("Presidential aide Erlan Karin reflected on previous reforms. Karin pointed to a consistent focus on torture.") { doc in
    [HandBuilt.mention(.person, "Erlan Karin", in: doc)]
  }
  #expect(linked.map(\.text) == ["Erlan Karin", "Karin"])
  #expect(linked.last?.label == .person)
  #expect(linked.last?.canonical == "Erlan Karin")
  #expect(linked.last?.range == 61..<66)
}

@Test func nameWordThatIsACommonWordIsNotTaggedAlone() {
  let doc = run("Judge Yerzhan Price opened the session on fuel subsidies. Price controls were the first item on the agenda.", through: "entities")
  expectEntities(doc, .person, ["Yerzhan Price"])
}

@Test func allCapitalSurnameReadAsAcronymIsThePerson() {
  let linked = link("Yevgeny Zhovtis was sentenced in 2009. Friends of ZHOVTIS gathered outside the court.") { doc in
    [HandBuilt.mention(.person, "Yevgeny Zhovtis", in: doc), HandBuilt.mention(.org, "ZHOVTIS", in: doc)]
  }
  #expect(linked.map(\.label) == [.person, .person])
  #expect(linked.last?.canonical == "Yevgeny Zhovtis")
}

// MARK: - Organisations

@Test func bareHeadWordIsTheOrganisationThatEndsWithIt() {
  let doc = run("The European Commission has presented a new strategy. The Commission will continue to support member states in the implementation of the Directive.", through: "entities")
  expectEntities(doc, .org, ["European Commission", "Commission"])
  #expect(doc.entity("Commission")?.canonical == "European Commission")
}

@Test func bareHeadWordWithoutFullNameKeepsItsText() {
  let doc = run("The Commission has presented a new strategy to prevent trafficking.", through: "entities")
  expectEntities(doc, .org, ["Commission"])
  #expect(doc.entity("Commission")?.canonical == "Commission")
}

@Test func acronymIsTheOrganisationWhoseInitialsItSpells() {
  let doc = run("In addition, a special Department for Combating Organized Crime (DCOC) has now been created. The created DCOC will make it possible to better solve crimes related to human trafficking.", through: "entities")
  expectEntities(doc, .org, ["Department for Combating Organized Crime", "DCOC", "DCOC"])
  #expect(doc.entities.filter { $0.text == "DCOC" }.map(\.canonical) == ["Department for Combating Organized Crime", "Department for Combating Organized Crime"])
}

// MARK: - Measures

@Test func measureIsTheLongestMeasureThatContainsIt() {
  let linked = link("The Commission has presented a new Strategy on Combatting Trafficking in Human Beings. More information is in the Communication on the EU Strategy on Combatting Trafficking in Human Beings 2021-2025.") { doc in
    [HandBuilt.mention(.law, "Strategy on Combatting Trafficking in Human Beings", in: doc),
     HandBuilt.mention(.law, "EU Strategy on Combatting Trafficking in Human Beings", in: doc)]
  }
  #expect(canonicals(linked) == ["EU Strategy on Combatting Trafficking in Human Beings", "EU Strategy on Combatting Trafficking in Human Beings"])
}

@Test func numberedMeasureIsTheOneMeasureOfItsKindNamedByTitle() {
  let doc = run("Uzbekistan adopted the decree “On additional measures to support labour migrants” on Monday. Under Decree No. PF-51, migrants pay a premium.", through: "entities")
  #expect(doc.entities.first { $0.text == "Decree No. PF-51" }?.canonical == "decree “On additional measures to support labour migrants”")
}

@Test func numberedMeasureStaysItselfWhenTwoTitlesOfItsKindStand() {
  let doc = run("The Digital Services Act and the Digital Markets Act took effect. Regulation (EU) 2022/2065 is one of them; Act No. 5 is another.", through: "entities")
  #expect(doc.entities.first { $0.text == "Act No. 5" }?.canonical == "Act No. 5")
}
