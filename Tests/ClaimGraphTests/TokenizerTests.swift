@testable import ClaimGraph
import Testing

/// The tokens of `text`, after the tokenizer alone.
private func tokenize(_ text: String) -> Document {
  run(text, through: "tokenizer")
}

private func expectTokens(_ text: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(tokenize(text).tokenTexts == expected, sourceLocation: sourceLocation)
}

@Suite struct TokenizerTests {
  // MARK: Possessives and apostrophes

  @Test func curlyPossessiveIsSplitFromTheName() {
    expectTokens("Aigul Kuspan chairs Kazakhstan’s parliamentary committee.",
                 ["Aigul", "Kuspan", "chairs", "Kazakhstan", "’s", "parliamentary", "committee", "."])
  }

  @Test func straightPossessiveIsSplitFromTheName() {
    expectTokens("The BBC did not give a reason for Sudworth's relocation.",
                 ["The", "BBC", "did", "not", "give", "a", "reason", "for", "Sudworth", "'s", "relocation", "."])
  }

  @Test func possessiveIsAWordToken() {
    let document = tokenize("Tokayev’s decree")
    #expect(document.tokens[1].text == "’s")
    #expect(document.tokens[1].kind == .word)
  }

  @Test func apostropheInsideANameStaysInTheWord() {
    expectTokens("Aidan O’Brien of the OSCE said the ruling didn’t surprise him.",
                 ["Aidan", "O’Brien", "of", "the", "OSCE", "said", "the", "ruling", "didn’t", "surprise", "him", "."])
  }

  // MARK: Numbers and currency symbols

  @Test func thousandsSeparatorStaysInsideTheNumber() {
    let document = tokenize("Akhmet was fined 113,450 tenge.")
    #expect(document.tokenTexts == ["Akhmet", "was", "fined", "113,450", "tenge", "."])
    #expect(document.tokens[3].kind == .number)
  }

  @Test func decimalPointStaysInsideTheNumber() {
    let document = tokenize("Fines reach 12.96 million tenge.")
    #expect(document.tokenTexts == ["Fines", "reach", "12.96", "million", "tenge", "."])
    #expect(document.tokens[2].kind == .number)
  }

  @Test func dollarSignIsItsOwnCurrencyToken() {
    let document = tokenize("12.96 million tenge ($40,000)")
    #expect(document.tokenTexts == ["12.96", "million", "tenge", "(", "$", "40,000", ")"])
    #expect(document.tokens[4].kind == .currency)
    #expect(document.tokens[4].range == 21..<22)
  }

  @Test func euroSignIsItsOwnCurrencyToken() {
    let document = tokenize("Traffickers make profits of €29.4 billion a year.")
    #expect(document.tokenTexts == ["Traffickers", "make", "profits", "of", "€", "29.4", "billion", "a", "year", "."])
    #expect(document.tokens[4].kind == .currency)
  }

  @Test func poundSignIsItsOwnCurrencyToken() {
    let document = tokenize("The regulator fined the lender £3bn on Monday.")
    #expect(document.tokenTexts == ["The", "regulator", "fined", "the", "lender", "£", "3bn", "on", "Monday", "."])
    #expect(document.tokens[5].kind == .currency)
  }

  @Test func currencySymbolDirectlyAfterItsNumberHasNoSpaceBefore() {
    let document = tokenize("a fine of 113,450 tenge ($350)")
    let dollar = document.tokens[6]
    #expect(dollar.text == "$")
    #expect(dollar.spaceBefore == false)
    #expect(document.tokens[5].spaceBefore == true)
  }

  // MARK: Quotation marks

  @Test func curlyDoubleQuotesAreSplitFromTheWords() {
    let document = tokenize("“The trend lines on human rights continue to move in the wrong direction,” Antony Blinken told reporters.")
    #expect(document.tokenTexts == ["“", "The", "trend", "lines", "on", "human", "rights", "continue", "to", "move", "in", "the",
                                    "wrong", "direction", ",", "”", "Antony", "Blinken", "told", "reporters", "."])
    #expect(document.tokens[0].kind == .quote)
    #expect(document.tokens[15].kind == .quote)
  }

  @Test func straightDoubleQuotesAreSplitFromTheWords() {
    let document = tokenize("\"Strong actions are needed,\" Hudayar said.")
    #expect(document.tokenTexts == ["\"", "Strong", "actions", "are", "needed", ",", "\"", "Hudayar", "said", "."])
    #expect(document.tokens[0].kind == .quote)
    #expect(document.tokens[6].kind == .quote)
  }

  @Test func singleQuotesAroundATitleAreSplitFromTheWords() {
    let document = tokenize("an event on ‘Trafficking in the Digital Era' organised by Lithuania")
    #expect(document.tokenTexts == ["an", "event", "on", "‘", "Trafficking", "in", "the", "Digital", "Era", "'", "organised", "by", "Lithuania"])
    #expect(document.tokens[3].kind == .quote)
    #expect(document.tokens[9].kind == .quote)
  }

  // MARK: Words and abbreviations

  @Test func hyphenatedGivenNameIsOneToken() {
    expectTokens("President Kassym-Jomart Tokayev signed the decree.",
                 ["President", "Kassym-Jomart", "Tokayev", "signed", "the", "decree", "."])
  }

  @Test func mrKeepsItsFullStop() {
    expectTokens("Mr. Suleimen told the Astana Times.", ["Mr.", "Suleimen", "told", "the", "Astana", "Times", "."])
  }

  @Test func drKeepsItsFullStop() {
    expectTokens("Dr. Amal Haddad chairs the panel.", ["Dr.", "Amal", "Haddad", "chairs", "the", "panel", "."])
  }

  @Test func dottedAcronymIsOneToken() {
    expectTokens("Blinken cited countries the U.S. considers offenders.",
                 ["Blinken", "cited", "countries", "the", "U.S.", "considers", "offenders", "."])
  }

  @Test func lowerCaseAndAccentedDottedAcronymsAreOneToken() {
    expectTokens("It is e.g. the É.U. line.", ["It", "is", "e.g.", "the", "É.U.", "line", "."])
  }

  @Test func dottedNameWithTwoLettersBeforeTheDotIsNoAcronym() {
    expectTokens("See Ab.C. today.", ["See", "Ab.C", ".", "today", "."])
  }

  @Test func numberAbbreviationKeepsItsFullStop() {
    expectTokens("It was approved by resolution No. 32 of the President.",
                 ["It", "was", "approved", "by", "resolution", "No.", "32", "of", "the", "President", "."])
  }

  @Test func numeroSignIsItsOwnToken() {
    expectTokens("The Special Report was approved by a resolution № 32-47.327 of the President.",
                 ["The", "Special", "Report", "was", "approved", "by", "a", "resolution", "№", "32-47.327", "of", "the", "President", "."])
  }

  @Test func initialsKeepTheirFullStops() {
    expectTokens("The agency was led by J. R. Sultanov.", ["The", "agency", "was", "led", "by", "J.", "R.", "Sultanov", "."])
  }

  @Test func dottedSiteNameIsOneToken() {
    expectTokens("According to Zakon.kz and Tengrinews.kz, Gabdullin admitted his guilt.",
                 ["According", "to", "Zakon.kz", "and", "Tengrinews.kz", ",", "Gabdullin", "admitted", "his", "guilt", "."])
  }

  @Test func missingSpaceAfterFullStopStillSplitsTheSentences() {
    expectTokens("He was released in Kazakhstan.The court did not comment.",
                 ["He", "was", "released", "in", "Kazakhstan", ".", "The", "court", "did", "not", "comment", "."])
  }

  // MARK: URLs and e-mail addresses

  @Test func urlIsOneTokenWithoutTheTrailingComma() {
    let document = tokenize("Details are at https://www.gov.kz/memleket/entities/adilet?lang=en, the ministry said.")
    #expect(document.tokenTexts == ["Details", "are", "at", "https://www.gov.kz/memleket/entities/adilet?lang=en", ",", "the", "ministry", "said", "."])
    #expect(document.tokens[3].kind == .url)
  }

  @Test func addressInCapitalsIsOneToken() {
    let document = tokenize("The full text is on WWW.AKORDA.KZ and HTTPS://LEGALACTS.EGOV.KZ today.")
    #expect(document.tokenTexts == ["The", "full", "text", "is", "on", "WWW.AKORDA.KZ", "and", "HTTPS://LEGALACTS.EGOV.KZ", "today", "."])
  }

  @Test func wordThatOnlyBeginsLikeAnAddressIsAWord() {
    #expect(tokenize("Whttp and wwwx are not addresses.").tokenTexts == ["Whttp", "and", "wwwx", "are", "not", "addresses", "."])
  }

  @Test func wwwAddressInParenthesesIsOneToken() {
    let document = tokenize("The decree was published (see www.akorda.kz).")
    #expect(document.tokenTexts == ["The", "decree", "was", "published", "(", "see", "www.akorda.kz", ")", "."])
    #expect(document.tokens[6].kind == .url)
  }

  @Test func emailAddressIsOneToken() {
    let document = tokenize("Journalists can write to press@akorda.kz for accreditation.")
    #expect(document.tokenTexts == ["Journalists", "can", "write", "to", "press@akorda.kz", "for", "accreditation", "."])
    #expect(document.tokens[4].kind == .email)
  }

  // MARK: Dashes

  @Test func spacedEnDashIsItsOwnToken() {
    let document = tokenize("three broad areas – democratisation of the political system")
    #expect(document.tokenTexts == ["three", "broad", "areas", "–", "democratisation", "of", "the", "political", "system"])
    #expect(document.tokens[3].kind == .punctuation)
  }

  @Test func unspacedEmDashIsSplitFromTheWords() {
    expectTokens("It restricts rights—and freedoms—online.", ["It", "restricts", "rights", "—", "and", "freedoms", "—", "online", "."])
  }

  @Test func enDashBetweenYearsIsSplitFromThem() {
    expectTokens("the 2021–2025 strategy", ["the", "2021", "–", "2025", "strategy"])
  }

  @Test func bulletsAndEllipsesAreTheirOwnTokensAndNoSpace() {
    let document = tokenize("•\u{2003}The decree…takes effect ‣ in May")
    #expect(document.tokenTexts == ["•", "The", "decree", "…", "takes", "effect", "‣", "in", "May"])
    #expect(document.tokens[1].spaceBefore)
    #expect(!document.tokens[3].spaceBefore && !document.tokens[4].spaceBefore)
  }

  // MARK: HTML character references

  @Test func htmlQuoteEntitiesBecomeQuotationMarks() {
    let document = tokenize("Karin called it &ldquo;a turning point&rdquo; for the country.")
    #expect(document.tokenTexts == ["Karin", "called", "it", "“", "a", "turning", "point", "”", "for", "the", "country", "."])
    #expect(document.tokens[3].kind == .quote)
  }

  @Test func htmlEntityTokenSpansTheWholeReference() {
    let document = tokenize("Karin called it &ldquo;a turning point&rdquo; for the country.")
    #expect(document.tokens[3].range == 16..<23)
    #expect(document.tokens[7].range == 38..<45)
  }

  @Test func htmlEntityWithoutSemicolonBeforeAWordBecomesAQuotationMark() {
    // Scrapers drop the `;`, leaving the reference glued to the next word.
    expectTokens("Karin called it &ldquoa turning point&rdquo for the country.",
                 ["Karin", "called", "it", "“", "a", "turning", "point", "”", "for", "the", "country", "."])
  }

  @Test func htmlApostropheEntityBeforeSIsAPossessive() {
    expectTokens("It shapes Astana&rsquos policy.", ["It", "shapes", "Astana", "’s", "policy", "."])
  }

  @Test func htmlDashEntityBecomesADash() {
    let document = tokenize("Nurly Jol &ndash; Path to the Future")
    #expect(document.tokenTexts == ["Nurly", "Jol", "–", "Path", "to", "the", "Future"])
    #expect(document.tokens[2].kind == .punctuation)
  }

  @Test func numericHtmlReferenceBecomesItsCharacter() {
    expectTokens("Karin called it &#8220;a turning point&#8221;.", ["Karin", "called", "it", "“", "a", "turning", "point", "”", "."])
  }

  @Test func nonBreakingSpaceEntitySeparatesWords() {
    expectTokens("President&nbsp;Tokayev signed the decree.", ["President", "Tokayev", "signed", "the", "decree", "."])
  }

  // MARK: Offsets and white space

  @Test func offsetsCountUnicodeScalarsAfterAnEmoji() {
    let document = tokenize("📢 Tokayev signed the decree.")
    #expect(document.tokens[1].text == "Tokayev")
    #expect(document.tokens[1].range == 2..<9)
    #expect(document.text(in: document.tokens[1].range) == "Tokayev")
  }

  @Test func offsetsCountCombiningAccentsAsScalars() {
    // `ė` written as `e` + U+0301: two scalars, one Character.
    let document = tokenize("Agne\u{301} Bilotaite\u{301}, Minister of Interior of Lithuania")
    #expect(document.tokens[1].text == "Bilotaite\u{301}")
    #expect(document.tokens[1].range == 6..<16)
    #expect(document.tokens[2].range == 16..<17)
  }

  @Test func blankLineIsCountedBeforeTheNextToken() {
    let document = tokenize("Human Rights\n\nNew Decree on Human Rights in Kazakhstan.")
    #expect(document.tokens[2].text == "New")
    #expect(document.tokens[2].newlinesBefore == 2)
    #expect(document.tokens[1].newlinesBefore == 0)
  }

  @Test func nonBreakingSpaceSeparatesTokens() {
    let document = tokenize("12.96\u{A0}million tenge")
    #expect(document.tokenTexts == ["12.96", "million", "tenge"])
    #expect(document.tokens[1].range == 6..<13)
  }

  @Test func aTokenKnowsWhetherAnASCIIDigitIsInIt() {
    let tokens = tokenize("Decree No. PF-51 took effect in May2019, on ٣ March, at https://akorda.kz/2019.").tokens
    let withDigits = tokens.filter(\.hasASCIIDigit).map(\.text)
    #expect(withDigits == ["PF-51", "May2019", "https://akorda.kz/2019"])
  }
}
