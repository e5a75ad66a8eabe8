@testable import ClaimGraph
import Testing

@Suite struct EntityIDTests {
  // MARK: Ids

  @Test func idIsTheLowerCaseLabelAndTheSlug() {
    #expect(EntityID.make(.person, "Erlan Karin") == "person:erlan-karin")
  }

  @Test func eachLabelHasItsOwnPrefix() {
    #expect(EntityID.make(.org, "Astana Times") == "org:astana-times")
    #expect(EntityID.make(.law, "Anti-trafficking Directive") == "law:anti-trafficking-directive")
    #expect(EntityID.make(.date, "10 June") == "date:10-june")
    #expect(EntityID.make(.money, "$40,000") == "money:40-000")
  }

  // MARK: Slugs

  @Test func hyphenInANameStaysOneHyphen() {
    #expect(EntityID.slug("Kassym-Jomart Tokayev") == "kassym-jomart-tokayev")
  }

  @Test func diacriticsAreDropped() {
    #expect(EntityID.slug("Agnė Bilotaitė") == "agne-bilotaite")
  }

  @Test func combiningAccentsAreDroppedLikePrecomposedOnes() {
    #expect(EntityID.slug("Agne\u{301} Bilotaite\u{301}") == EntityID.slug("Agn\u{117} Bilotait\u{117}"))
  }

  @Test func asciiNameSlugsAsItsAccentedSpellingDoes() {
    // The ASCII spelling is read on its bytes, the accented one folded by Foundation: both must agree.
    let plain = "Decree No.5 (2023) ^Draft~ on_Q&A [KZ] `PF-51` @ERLAN O'Brien"
    #expect(EntityID.slug(plain) == EntityID.slug(plain.replacingOccurrences(of: "No.", with: "Nö.")))
    #expect(EntityID.slug(plain) == "decree-no-5-2023-draft-on-q-a-kz-pf-51-erlan-obrien")
  }

  @Test func upperCaseNameGivesTheSameSlug() {
    #expect(EntityID.slug("ERLAN KARIN") == EntityID.slug("Erlan Karin"))
  }

  @Test func apostrophesAreDroppedWithoutAHyphen() {
    #expect(EntityID.slug("Aidan O’Brien") == "aidan-obrien")
    #expect(EntityID.slug("Aidan O'Brien") == "aidan-obrien")
  }

  @Test func quotationMarksAndPunctuationRunsBecomeOneHyphen() {
    let law = "Law “On combating human trafficking in the Republic of Kazakhstan”"
    #expect(EntityID.slug(law) == "law-on-combating-human-trafficking-in-the-republic-of-kazakhstan")
  }

  @Test func leadingAndTrailingPunctuationLeaveNoHyphen() {
    #expect(EntityID.slug("“Nurly Jol – Path to the Future”") == "nurly-jol-path-to-the-future")
  }

  @Test func longSlugIsCutBetweenWords() {
    let decree = "decree “On further measures of the Republic of Kazakhstan in the field of human rights”"
    #expect(EntityID.slug(decree) == "decree-on-further-measures-of-the-republic-of-kazakhstan-in-the-field-of-human")
  }

  @Test func longSlugIsAtMostEightyCharacters() {
    let convention = "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
    let slug = EntityID.slug(convention)
    #expect(slug.count <= 80)
    #expect(slug == "convention-against-torture-and-other-cruel-inhuman-or-degrading-treatment-or")
  }

  @Test func slugOfEightyCharactersIsKeptWhole() {
    let name = "Priority Measures in the Field of Human Rights of the Republic of Lithuania 2021"
    #expect(EntityID.slug(name) == "priority-measures-in-the-field-of-human-rights-of-the-republic-of-lithuania-2021")
  }

  @Test func digitsAreKept() {
    #expect(EntityID.slug("Freedom on the Net 2017") == "freedom-on-the-net-2017")
  }

  @Test func nonLatinLettersAreKept() {
    #expect(EntityID.slug("Адиль Соз") == "адиль-соз")
  }

  // MARK: Search keys

  @Test func searchKeyIgnoresCaseDiacriticsAndHyphens() {
    #expect(EntityID.searchKey("KASSYM-JOMART Tokayev") == "kassym jomart tokayev")
    #expect(EntityID.searchKey("Agnė Bilotaitė") == EntityID.searchKey("agne bilotaite"))
  }
}
