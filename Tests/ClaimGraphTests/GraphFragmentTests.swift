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

/// The serialised fragment with its lines after the `tag` line (`M` or `Q`) changed by `change`.
private func tampered(_ tag: String, _ change: (String) -> String) -> String {
  var lines = GraphFragment(karinOnThePlan).serialized.components(separatedBy: "\n")
  let header = lines.firstIndex { $0.hasPrefix(tag + "\t") }!
  lines[header + 1] = change(lines[header + 1])
  return lines.joined(separator: "\n")
}

@Test func aCachedMentionNamingAnEntryTheFragmentDoesNotListIsRejected() {
  #expect(GraphFragment(serialized: tampered("M") { "99" + $0.drop { $0 != "\t" } }) == nil)
  #expect(GraphFragment(serialized: tampered("M") { "x" + $0.drop { $0 != "\t" } }) == nil)
}

@Test func aCachedQuoteWithAnUnknownSpeakerOrMeasureEntryIsRejected() {
  #expect(GraphFragment(serialized: tampered("Q") { "7" + $0.drop { $0 != "\t" } }) == nil)
  #expect(GraphFragment(serialized: tampered("Q") { line in
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    return ([fields[0], "0\u{1F}42"] + fields.dropFirst(2)).joined(separator: "\t")
  }) == nil)
}

@Test func aCachedFragmentWithANegativeLineCountIsRejected() {
  let serialized = GraphFragment(karinOnThePlan).serialized
  for tag in ["M", "Q"] {
    let lines = serialized.components(separatedBy: "\n").map { $0.hasPrefix(tag + "\t") ? tag + "\t-1" : $0 }
    #expect(GraphFragment(serialized: lines.joined(separator: "\n")) == nil)
  }
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
