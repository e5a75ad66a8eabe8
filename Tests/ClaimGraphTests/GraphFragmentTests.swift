@testable import ClaimGraph
import Foundation
import Testing

private typealias H = HandBuilt

/// Karin quoted on the plan, with a name whose text holds a tab, a line break and a backslash,
/// as scraped text sometimes does.
private let karinOnThePlan = H.result("001_7625", [
  H.graphMention(.person, "Erlan Karin", at: 0), H.graphMention(.person, "Karin", canonical: "Erlan Karin", at: 30),
  H.graphMention(.law, "Urgent Action Plan", at: 60), H.graphMention(.org, "Adil\tSoz\\\nFoundation", canonical: "Adil Soz", at: 90),
  H.graphMention(.money, "$40,000", at: 120),
], quotes: [
  H.graphQuote("The plan will foster a comprehensive modernisation", speaker: "Erlan Karin", about: ["Urgent Action Plan"], at: 200),
  H.graphQuote("the situation had worsened", speaker: nil, at: 300),
])

@Test func aFragmentReadsBackAsItWasWritten() throws {
  let fragment = GraphFragment(karinOnThePlan)
  #expect(GraphFragment(serialized: fragment.serialized) == fragment)
}

@Test func aNameWithTabsAndLineBreaksSurvivesTheCache() throws {
  let read = try #require(GraphFragment(serialized: GraphFragment(karinOnThePlan).serialized))
  #expect(read.entries.compactMap(\.name).flatMap(\.aliases).contains("Adil\tSoz\\\nFoundation"))
}

@Test func theGraphOfFragmentsReadBackEqualsTheGraphOfTheDocuments() throws {
  let second = H.result("002_0c53", [H.graphMention(.person, "Karin", at: 5)])
  let readBack = try [karinOnThePlan, second].map { try #require(GraphFragment(serialized: GraphFragment($0).serialized)) }
  #expect(try GraphBuilder.build(fragments: readBack) == (try GraphBuilder.build([karinOnThePlan, second])))
}

@Test func aPersonsFullNameHasItsSurnameSlug() {
  #expect(GraphFragment.surname(of: "Agnė Bilotaitė", label: .person) == "bilotaite")
  #expect(GraphFragment.surname(of: "Bilotaitė", label: .person) == nil)
  #expect(GraphFragment.surname(of: "Adil Soz", label: .org) == nil)
}

@Test func anEmptyDocumentMakesAFragmentToo() {
  let fragment = GraphFragment(H.result("004_empty", []))
  #expect(GraphFragment(serialized: fragment.serialized) == fragment)
}

@Test(arguments: [
  "",                                             // no document line
  "D\t\"001\"\t{}\nM\t2\nonly one line\n",        // fewer mention lines than counted
  "D\t\"001\"\t{}\nE\tPERSON|Karin\tmany\n",     // a count that is no number
  "D\t\"001\"\t{}\nX\tsomething\n",               // an unknown record
])
func anythingElseIsNotAFragment(_ text: String) {
  #expect(GraphFragment(serialized: text) == nil)
}
