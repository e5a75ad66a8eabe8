@testable import ClaimGraph
import Testing

/// Quotes of `text` after the quote attributor, with no later stage.
private func attribute(_ text: String) -> Document {
  run(text, through: "quotes")
}

private func direct(_ doc: Document) -> [Quote] { doc.quotes.filter { $0.kind == .direct } }
private func indirect(_ doc: Document) -> [Quote] { doc.quotes.filter { $0.kind == .indirect } }

// MARK: - Direct quotes

@Test func cueAfterQuoteNamesSurnameOfEarlierFullName() throws {
  let doc = attribute("On his Telegram channel, presidential aide Erlan Karin reflected on previous human rights reforms initiated by Tokayev.\n\n“The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation of the human rights sphere and will become our next step towards building a just and progressive state,” Karin told the Astana Times.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation of the human rights sphere and will become our next step towards building a just and progressive state")
  #expect(quotes[0].speaker == "Erlan Karin")
  #expect(quotes[0].mention == "Karin")
  #expect(quotes[0].cue == "told")
}

@Test func cueAfterQuoteNamesSpeakerKnownOnlyBySurname() throws {
  let doc = attribute("“The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation of the human rights sphere,” Karin told the Astana Times.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].speaker == "Karin")
  #expect(quotes[0].mention == "Karin")
}

@Test func directQuoteRangeTakesInItsQuotationMarks() throws {
  let doc = attribute("“The trend lines on human rights continue to move in the wrong direction,” Secretary of State Antony Blinken told reporters.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].range == 0..<74)
  #expect(quotes[0].text == "The trend lines on human rights continue to move in the wrong direction")
}

@Test func cueAfterQuoteNamesTitledSpeaker() throws {
  let doc = attribute("“The trend lines on human rights continue to move in the wrong direction,” Secretary of State Antony Blinken told reporters.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].speaker == "Antony Blinken")
  #expect(quotes[0].mention == "Antony Blinken")
  #expect(quotes[0].cue == "told")
}

@Test func cueBeforeWithColonNamesSpeakerAfterTitle() throws {
  let doc = attribute("Promoting our European Way of Life Vice President Margaritis Schinas said: \"Fighting trafficking in human beings is part of our work towards building a Europe that protects. Traffickers prey on people's vulnerabilities.\"")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "Fighting trafficking in human beings is part of our work towards building a Europe that protects. Traffickers prey on people's vulnerabilities.")
  #expect(quotes[0].speaker == "Margaritis Schinas")
  #expect(quotes[0].cue == "said")
}

@Test func saidBeforeTitledNameTakesThePersonNotTheOrganisationAfterIt() throws {
  let doc = attribute("\"The US State Department should launch a Ministerial to Advance Human Rights worldwide, similar to the Ministerial to Advance Religious Freedom,\" said Prime Minister Salih Hudayar of the East Turkistan Government in Exile, the democratically elected official body representing East Turkistan and its people.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "The US State Department should launch a Ministerial to Advance Human Rights worldwide, similar to the Ministerial to Advance Religious Freedom")
  #expect(quotes[0].speaker == "Salih Hudayar")
  #expect(quotes[0].mention == "Salih Hudayar")
  #expect(quotes[0].cue == "said")
}

@Test func quoteInterruptedByItsAttributionIsOneQuote() throws {
  let doc = attribute("Defence lawyer Dana Iskakova spoke outside the court on Monday. “We will not accept a ban on peaceful assembly,” she said, “and we will take the matter to the Supreme Court.”")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "We will not accept a ban on peaceful assembly and we will take the matter to the Supreme Court.")
}

@Test func quotationResumedAfterAttributionSentenceIsOneQuote() throws {
  let doc = attribute("I asked Vera Tkachenko to explain the clearest signs of a biased trial.\n\n\"It was incredible,\" Vera told me. \"There were representatives present from the embassies of the United States, the United Kingdom, Germany, and the Netherlands.\"")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "It was incredible There were representatives present from the embassies of the United States, the United Kingdom, Germany, and the Netherlands.")
  #expect(quotes[0].speaker == "Vera Tkachenko")
  #expect(quotes[0].mention == "Vera")
}

@Test func pronounSpeakerIsThePersonNamedLastBeforeIt() throws {
  let doc = attribute("Presidential aide Erlan Karin spoke to reporters on Monday. “The provisions of today’s decree will foster a comprehensive modernisation,” he said.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].speaker == "Erlan Karin")
  #expect(quotes[0].mention == "he")
  #expect(quotes[0].speakerLabel == .person)
}

@Test func pronounWithNoPersonBeforeItKeepsSpeakerNil() throws {
  let doc = attribute("“We will not accept a ban on peaceful assembly,” she said.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].speaker == nil)
  #expect(quotes[0].mention == "she")
}

@Test func groupAsSourceKeepsSpeakerNil() throws {
  let doc = attribute("“The election was neither free nor fair,” observers said.")
  let quotes = direct(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].speaker == nil)
  #expect(quotes[0].mention == "observers")
  #expect(quotes[0].text == "The election was neither free nor fair")
}

@Test func directQuoteIsNotReportedAgainAsIndirect() {
  let doc = attribute("“The trend lines on human rights continue to move in the wrong direction,” Secretary of State Antony Blinken told reporters.")
  #expect(doc.quotes.map(\.kind) == [.direct])
}

@Test func quotedTitleOfMeasureIsNoQuote() {
  let doc = attribute("A working group was created to develop a separate draft Law “On combating human trafficking in the Republic of Kazakhstan”, officials said on Monday.")
  #expect(direct(doc).isEmpty)
}

@Test func quotedTitleOfDecreeBeforeReportedSpeechIsNoQuote() {
  let doc = attribute("Kazakh President Kassym-Jomart Tokayev has signed a decree “On further measures of the Republic of Kazakhstan in the field of human rights”, which he said represents an important step in the political modernisation of the Central Asian country.")
  #expect(direct(doc).isEmpty)
}

@Test func scareQuotesAreNoQuote() {
  let doc = attribute("The new decree is in line with the concept of a “listening state”, put forward by President Tokayev.")
  #expect(doc.quotes.isEmpty)
}

// MARK: - Reported speech

@Test func saidThatReportsTheClauseWithoutThat() throws {
  let doc = attribute("In March, Elena Semenova published a post about convicts Kureish Daurbekov and Rafik Atlukhanov. Daurbekov said that the administration of the colony deliberately provokes him to violate the regime.")
  let quotes = indirect(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "the administration of the colony deliberately provokes him to violate the regime")
  #expect(quotes[0].speaker == "Kureish Daurbekov")
  #expect(quotes[0].mention == "Daurbekov")
  #expect(quotes[0].cue == "said")
}

@Test func groupAsSubjectOfReportedSpeechKeepsSpeakerNil() throws {
  let doc = attribute("Kazakh officials and diplomats responded that the criticism was unfair and that the EU should not ignore or discourage efforts to improve the country’s record on human rights.")
  let quotes = indirect(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "the criticism was unfair and that the EU should not ignore or discourage efforts to improve the country’s record on human rights")
  #expect(quotes[0].speaker == nil)
  #expect(quotes[0].cue == "responded")
}

@Test func accordingToNamesSpeakerOfFollowingClause() throws {
  let doc = attribute("Zhemis Turmagambetova, president of the Charter for Human Rights Public Fund, welcomed the decree. According to Turmagambetova, the current Kazakh legislative system needs modernisation and reforms to make it more well-structured.")
  let quotes = indirect(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "the current Kazakh legislative system needs modernisation and reforms to make it more well-structured")
  #expect(quotes[0].speaker == "Zhemis Turmagambetova")
  #expect(quotes[0].mention == "Turmagambetova")
  #expect(quotes[0].cue == "According to")
}

@Test func toldThePaperThatAfterAppositionReportsTheClause() throws {
  let doc = attribute("Meanwhile, Zhemis Turmagambetova, president of the Charter for Human Rights Public Fund,  told the paper that the decree presents an opportunity to transform the human rights issue from an abstract problem into a practical matter with efficient solutions.")
  let quotes = indirect(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "the decree presents an opportunity to transform the human rights issue from an abstract problem into a practical matter with efficient solutions")
  #expect(quotes[0].speaker == "Zhemis Turmagambetova")
  #expect(quotes[0].cue == "told")
}

@Test func saysAfterAppositionReportsTheClause() throws {
  let doc = attribute("Aigul Kuspan, former head of the Kazakh mission to the European Union and current chair of Kazakhstan’s parliamentary committee on international affairs, says the bloc often comes across as self-assured and borderline ignorant in terms of global affairs.")
  let quotes = indirect(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "the bloc often comes across as self-assured and borderline ignorant in terms of global affairs")
  #expect(quotes[0].speaker == "Aigul Kuspan")
  #expect(quotes[0].cue == "says")
}

@Test func clauseWithGapStartsAtItsVerb() throws {
  let doc = attribute("Kazakh President Kassym-Jomart Tokayev has signed a decree “On further measures of the Republic of Kazakhstan in the field of human rights”, which he said represents an important step in the political modernisation of the Central Asian country.")
  let quotes = indirect(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "represents an important step in the political modernisation of the Central Asian country")
  #expect(quotes[0].speaker == "Kassym-Jomart Tokayev")
  #expect(quotes[0].mention == "he")
}

@Test func headlineColonReportsTheLineAfterIt() throws {
  let doc = attribute("Aigul Kuspan: Most MEPs have only a rough idea of Kazakhstan\n\nThe former envoy spoke in Brussels.")
  let quotes = indirect(doc)
  try #require(quotes.count == 1)
  #expect(quotes[0].text == "Most MEPs have only a rough idea of Kazakhstan")
  #expect(quotes[0].speaker == "Aigul Kuspan")
  #expect(quotes[0].cue == ":")
}

@Test func verbWithNounPhraseObjectIsNoStatement() {
  let doc = attribute("Media freedom NGO Adil Soz reported 13 criminal libel charges and 73 civil libel lawsuits filed against journalists and media.")
  #expect(doc.quotes.isEmpty)
}

@Test func verbWithTopicObjectIsNoStatement() {
  let doc = attribute("In particular, the Special Report emphasizes the need to enhance efforts to identify victims of trafficking, especially among foreign migrant workers, women and children.")
  #expect(doc.quotes.isEmpty)
}

// MARK: - Attribution from the sentence before

@Test func quotationAfterAColonEndedSentenceTakesItsSpeaker() {
  let quotes = annotate("Finance Minister Ana Duarte told parliament:\n\n“We will not retreat from the reform of the pension system.”").quotes
  #expect(quotes.count == 1)
  #expect(quotes.first?.speaker == "Ana Duarte")
  #expect(quotes.first?.cue == "told")
}

@Test func cuelessQuotationAfterASentenceAboutAPersonIsThatPersons() {
  let quotes = annotate("Finance Minister Ana Duarte was blunt about the Budget Act.\n\n“This law is a disaster for every farmer in the country. We will repeal it.”").quotes
  #expect(quotes.map(\.speaker) == ["Ana Duarte"])
  #expect(quotes.first?.cue == "")
  #expect(quotes.first?.about == ["Budget Act"])
}

@Test func shortScareQuoteAfterASentenceAboutAPersonIsNoQuote() {
  let quotes = annotate("Ana Duarte spoke in Lisbon. The “reform” stalled.").quotes
  #expect(quotes.isEmpty)
}

// MARK: - Single quotation marks

@Test func britishSingleQuotesAttributeLikeDoubleOnes() {
  let quotes = annotate("‘We will not back down on the workers’ rights,’ Finance Minister Ana Duarte said.").quotes
  #expect(quotes.map(\.text) == ["We will not back down on the workers’ rights"])
  #expect(quotes.first?.speaker == "Ana Duarte")
}

@Test func singleQuotesInsideADoubleQuoteStayPartOfIt() {
  let quotes = annotate("“He told me ‘no’ twice,” said Dr Amal Haddad.").quotes
  #expect(quotes.map(\.text) == ["He told me ‘no’ twice"])
  #expect(quotes.first?.speaker == "Amal Haddad")
}

// MARK: - Quoted fragments and reported clauses

@Test func quotedWordsEndingAReportedClauseAreNoDirectQuote() {
  let quotes = annotate("Economy Minister Klaus-Peter Wendland said the law was “a compromise, but a good one”.").quotes
  #expect(quotes.map(\.kind) == [.indirect])
  #expect(quotes.first?.text == "the law was “a compromise, but a good one”")
  #expect(quotes.first?.speaker == "Klaus-Peter Wendland")
}

@Test func quotedFragmentInsideAClauseBeforeTheCueIsNoDirectQuote() {
  let quotes = annotate("The deal came “after a very long breakfast”, a senior EU diplomat said.").quotes
  #expect(quotes.allSatisfy { $0.kind == .indirect })
  #expect(quotes.first?.speaker == nil)
}

@Test func toldWithANamedObjectAndNoThatReportsTheClause() {
  let quotes = annotate("Her lawyer, Timur Ospanov, told Radio Azattyq the verdict would be appealed.").quotes
  #expect(quotes.map(\.text) == ["the verdict would be appealed"])
  #expect(quotes.first?.speaker == "Timur Ospanov")
}

@Test func saidWithADateBeforeThatReportsTheClause() {
  let quotes = annotate("The European Commission said last month that a new AI Office would supervise general-purpose models.").quotes
  #expect(quotes.map(\.text) == ["a new AI Office would supervise general-purpose models"])
  #expect(quotes.first?.speaker == "European Commission")
}

@Test func nounBeforeAFiniteVerbOpensAReportedClause() {
  let quotes = annotate("Georg Hellmann said about 200 clubs were ready to apply.").quotes
  #expect(quotes.map(\.text) == ["about 200 clubs were ready to apply"])
}

@Test func unnamedSpokespersonOfAnOrganisationIsNoSpeaker() {
  let quotes = annotate("A KRA spokesperson said collections were already ahead of target.").quotes
  #expect(quotes.count == 1)
  #expect(quotes.first?.speaker == nil)
  #expect(quotes.first?.mention == "A KRA spokesperson")
}

@Test func passiveReportNamesNoSpeaker() {
  let quotes = annotate("The supporters who crowded the courtroom are reported to have shouted \"shame, shame\" after the judge.").quotes
  #expect(quotes.map(\.text) == ["shame, shame"])
  #expect(quotes.allSatisfy { $0.kind == .direct })
}

@Test func nameInAppositionAfterTheCueIsTheSpeaker() {
  let quotes = annotate("“The money is there,” said the report’s lead author, A. M. Wekesa.").quotes
  #expect(quotes.first?.speaker == "A. M. Wekesa")
}

// MARK: - People named with their organisations

@Test func personNamedWithTheirOrganisationIsTheSpeaker() {
  let quotes = annotate("Aditi Raghunathan of Climate Action Network said the new figure was a betrayal.").quotes
  #expect(quotes.first?.speaker == "Aditi Raghunathan")
}

@Test func personInAppositionAfterTheirRoleIsTheSpeaker() {
  let quotes = annotate("The association’s chairman, Chief Adewale Ogunbiyi-Martins, told reporters that owners were being made scapegoats.").quotes
  #expect(quotes.map(\.text) == ["owners were being made scapegoats"])
  #expect(quotes.first?.speaker == "Adewale Ogunbiyi-Martins")
}

@Test func auxiliaryBetweenSpeakerAndCueIsSteppedOver() {
  let quotes = annotate("The Federal Communications Commission, which stopped taking sign-ups in February, has said the program will run dry.").quotes
  #expect(quotes.first?.speaker == "Federal Communications Commission")
}
