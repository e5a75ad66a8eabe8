@testable import ClaimGraph
import Foundation
import Testing

private typealias H = HandBuilt

private func entities(_ graph: JSONValue) -> [JSONValue] { graph["entities"]?.arrayValue ?? [] }
private func entityIDs(_ graph: JSONValue) -> [String] { entities(graph).compactMap { $0["id"]?.stringValue } }
private func entity(_ id: String, in graph: JSONValue) -> JSONValue? { entities(graph).first { $0["id"]?.stringValue == id } }
private func strings(_ value: JSONValue?) -> [String] { value?.arrayValue?.compactMap(\.stringValue) ?? [] }

/// Erlan Karin in full in one document, by surname only in another.
private let karinInFull = H.result("000_df2b", [H.graphMention(.person, "Erlan Karin", at: 10)])
private let karinBySurname = H.result("001_7625", [H.graphMention(.person, "Karin", at: 40)],
                                      quotes: [H.graphQuote("The implementation of all the provisions enshrined in today’s decree will foster a comprehensive modernisation", speaker: "Karin", at: 0)])

// MARK: - Ids

@Test func entityIDIsTypeAndSlugOfName() throws {
  let graph = try GraphBuilder.build([karinInFull])
  #expect(entityIDs(graph) == ["person:erlan-karin"])
}

@Test func entityIDDropsDiacritics() throws {
  let graph = try GraphBuilder.build([H.result("000_df2b", [H.graphMention(.person, "Agnė Bilotaitė")])])
  #expect(entityIDs(graph) == ["person:agne-bilotaite"])
}

@Test func entityIDDropsApostrophesWithoutAHyphen() throws {
  let graph = try GraphBuilder.build([H.result("000_df2b", [H.graphMention(.law, "Employers' Sanctions Directive")])])
  #expect(entityIDs(graph) == ["law:employers-sanctions-directive"])
}

@Test func entitiesAreSortedByID() throws {
  let graph = try GraphBuilder.build([H.result("001_7625", [
    H.graphMention(.person, "Erlan Karin", at: 0), H.graphMention(.org, "Astana Times", at: 20),
    H.graphMention(.law, "Urgent Action Plan", at: 40),
  ])])
  #expect(entityIDs(graph) == ["law:urgent-action-plan", "org:astana-times", "person:erlan-karin"])
}

@Test func datesAndAmountsAreMentionsWithoutEntities() throws {
  let graph = try GraphBuilder.build([H.result("001_7625", [H.graphMention(.date, "10 June", at: 0), H.graphMention(.money, "$40,000", at: 20)])])
  #expect(entityIDs(graph).isEmpty)
  #expect(graph["mentions"]?.arrayValue?.map { $0["entity"] } == [.null, .null])
}

// MARK: - Merging

@Test func mentionsOfOneCanonicalNameAreOneEntityWithAliases() throws {
  let graph = try GraphBuilder.build([H.result("001_7625", [
    H.graphMention(.person, "Kassym-Jomart Tokayev", at: 0),
    H.graphMention(.person, "Tokayev", canonical: "Kassym-Jomart Tokayev", at: 30),
    H.graphMention(.person, "Tokayev", canonical: "Kassym-Jomart Tokayev", at: 60),
  ])])
  let tokayev = entity("person:kassym-jomart-tokayev", in: graph)
  #expect(entityIDs(graph) == ["person:kassym-jomart-tokayev"])
  #expect(strings(tokayev?["aliases"]) == ["Kassym-Jomart Tokayev", "Tokayev"])
  #expect(tokayev?["mentions"]?.intValue == 3)
}

@Test func surnameOnlyPersonJoinsTheUniqueFullNameInOtherDocument() throws {
  let graph = try GraphBuilder.build([karinInFull, karinBySurname])
  #expect(entityIDs(graph) == ["person:erlan-karin"])
  let karin = entity("person:erlan-karin", in: graph)
  #expect(strings(karin?["aliases"]) == ["Erlan Karin", "Karin"])
  #expect(karin?["mentions"]?.intValue == 2)
  #expect(strings(karin?["documents"]) == ["000_df2b", "001_7625"])
}

@Test func mergedEntityIsNamedByItsFullestNameWhicheverDocumentComesFirst() throws {
  let graph = try GraphBuilder.build([karinBySurname, karinInFull])
  #expect(entity("person:erlan-karin", in: graph)?["name"]?.stringValue == "Erlan Karin")
}

@Test func surnameOfTwoFullNamesStaysItsOwnEntity() throws {
  let graph = try GraphBuilder.build([
    H.result("003_61e5", [H.graphMention(.person, "Rakhat Aliyev", at: 0), H.graphMention(.person, "Khozha Aliyev", at: 30)]),
    H.result("004_f570", [H.graphMention(.person, "Aliyev", at: 0)]),
  ])
  #expect(entityIDs(graph) == ["person:aliyev", "person:khozha-aliyev", "person:rakhat-aliyev"])
}

@Test func surnameMergeIsForPersonsOnly() throws {
  let graph = try GraphBuilder.build([
    H.result("000_df2b", [H.graphMention(.org, "European Commission", at: 0)]),
    H.result("002_0c53", [H.graphMention(.org, "Commission", at: 0)]),
  ])
  #expect(entityIDs(graph) == ["org:commission", "org:european-commission"])
}

@Test func aDocumentNamingAPersonInFullAndBySurnameIsListedOnceForThem() throws {
  let both = H.result("002_4cbc", [H.graphMention(.person, "Karin", at: 0), H.graphMention(.person, "Erlan Karin", at: 20)])
  let graph = try GraphBuilder.build([both, karinInFull])
  #expect(strings(entity("person:erlan-karin", in: graph)?["documents"]) == ["000_df2b", "002_4cbc"])
}

// MARK: - Quotes

@Test func quoteSpeakerIsTheMergedEntity() throws {
  let graph = try GraphBuilder.build([karinInFull, karinBySurname])
  let quote = graph["quotes"]?.arrayValue?.first
  #expect(quote?["speaker"]?.stringValue == "person:erlan-karin")
  #expect(quote?["speakerName"]?.stringValue == "Karin")
  #expect(entity("person:erlan-karin", in: graph)?["quotes"]?.intValue == 1)
}

@Test func aSpeakerCountsAQuoteWhicheverDocumentNamesThemFirst() throws {
  let quotedUnnamed = H.result("001_7625", [], quotes: [H.graphQuote("the situation had worsened", speaker: "Erlan Karin", at: 0)])
  for documents in [[quotedUnnamed, karinInFull], [karinInFull, quotedUnnamed]] {
    let graph = try GraphBuilder.build(documents)
    #expect(graph["quotes"]?.arrayValue?.first?["speaker"]?.stringValue == "person:erlan-karin")
    #expect(entity("person:erlan-karin", in: graph)?["quotes"]?.intValue == 1)
  }
}

@Test func aSpeakerNoDocumentNamesIsNoEntity() throws {
  let graph = try GraphBuilder.build([H.result("001_7625", [], quotes: [H.graphQuote("the situation had worsened", speaker: "Erlan Karin", at: 0)])])
  #expect(graph["quotes"]?.arrayValue?.first?["speaker"]?.stringValue == "person:erlan-karin")
  #expect(entityIDs(graph).isEmpty)
}

@Test func quoteWithoutSpeakerHasNullSpeaker() throws {
  let graph = try GraphBuilder.build([H.result("003_61e5", [], quotes: [H.graphQuote("shame, shame", speaker: nil)])])
  #expect(graph["quotes"]?.arrayValue?.first?["speaker"] == .null)
}

@Test func quoteMeasuresAreLawIDs() throws {
  let graph = try GraphBuilder.build([H.result("000_df2b", [H.graphMention(.law, "Anti-trafficking Directive", at: 0)],
                                             quotes: [H.graphQuote("We will look at the rules in place", speaker: "Ylva Johansson", about: ["Anti-trafficking Directive"], at: 40)])])
  #expect(strings(graph["quotes"]?.arrayValue?.first?["measures"]) == ["law:anti-trafficking-directive"])
}

@Test func quoteIDsNumberQuotesWithinTheirDocument() throws {
  let graph = try GraphBuilder.build([
    H.result("000_df2b", [], quotes: [H.graphQuote("First statement here", speaker: nil, at: 0), H.graphQuote("Second statement here", speaker: nil, at: 40)]),
    H.result("001_7625", [], quotes: [H.graphQuote("Third statement here", speaker: nil, at: 0)]),
  ])
  #expect(graph["quotes"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["quote:000_df2b:1", "quote:000_df2b:2", "quote:001_7625:1"])
}

// MARK: - Determinism

@Test func entitiesDoNotDependOnDocumentOrder() throws {
  let tokayev = H.result("000_df2b", [H.graphMention(.person, "Tokayev", at: 0), H.graphMention(.person, "Kassym-Jomart Tokayev", at: 20),
                                      H.graphMention(.org, "Astana Times", at: 50)])
  let forward = try GraphBuilder.build([tokayev, karinInFull, karinBySurname])
  let backward = try GraphBuilder.build([karinBySurname, karinInFull, tokayev])
  #expect(section(forward, "entities") == section(backward, "entities"))
}

private func section(_ value: JSONValue, _ key: String) -> String { value[key]?.serialized() ?? "" }

@Test func entityIsEncodedInFixedKeyOrder() throws {
  let built = try GraphBuilder.build([karinBySurname, karinInFull])
  #expect(section(built, "entities") == #"[{"id":"person:erlan-karin","type":"PERSON","name":"Erlan Karin","aliases":["Erlan Karin","Karin"],"mentions":2,"quotes":1,"documents":["000_df2b","001_7625"]}]"#)
}

@Test func graphStartsWithItsSchemaVersion() throws {
  let built = try GraphBuilder.build([karinInFull])
  #expect(built.serialized().hasPrefix(#"{"version":"1.0","documents":[{"id":"000_df2b","path":"seeds/000_df2b.txt","title":"Title of 000_df2b","date":null,"sentences":1}]"#))
}

// MARK: - Held and spilled lines

/// The graph of `results` as text, its builder holding at most `holdingLimit` bytes of lines before they spill.
private func graphText(_ results: [DocumentResult], holdingLimit: Int) throws -> String {
  let builder = GraphBuilder(holdingLimit: holdingLimit)
  for result in results { builder.add(result) }
  return try builder.text()
}

/// The fragments of `results` written one after another to a pack in `folder` and read back from it,
/// as the annotation cache reads them: their lines stay in the file.
private func storedFragments(_ results: [DocumentResult], in folder: URL) throws -> [GraphFragment] {
  var bytes: [UInt8] = [], ranges: [Range<Int>] = []
  for result in results {
    let start = bytes.count
    GraphFragment(result).write(to: &bytes)
    ranges.append(start..<bytes.count)
  }
  let path = folder.appendingPathComponent("fragments-1.pack").path
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  let pack = try #require(PackFile(path: path))
  return try ranges.map { range in
    try #require(bytes.withUnsafeBufferPointer { GraphFragment(serializedUTF8: UnsafeBufferPointer(rebasing: $0[range]), storedAt: (pack, range.lowerBound)) })
  }
}

@Test func fragmentsWhoseLinesStayInTheirPackGiveTheGraphOfTheDocuments() throws {
  try withTemporaryFolder { folder in
    let results = [karinInFull, karinBySurname, H.result("003_61e5", [], quotes: [H.graphQuote("shame, shame", speaker: nil)])]
    let expected = try graphText(results, holdingLimit: .max)
    for holdingLimit in [Int.max, 200, 0] {
      let builder = GraphBuilder(holdingLimit: holdingLimit)
      for fragment in try storedFragments(results, in: folder) { builder.add(fragment) }
      #expect(try builder.text() == expected, "holding \(holdingLimit)")
    }
  }
}

@Test func linesThatCanNoLongerBeReadFromTheirPackFailTheGraphNamingThePack() throws {
  try withTemporaryFolder { folder in
    let fragments = try storedFragments([karinInFull, karinBySurname], in: folder)
    let pack = folder.appendingPathComponent("fragments-1.pack")
    try Data().write(to: pack)
    for holdingLimit in [Int.max, 0] {
      let builder = GraphBuilder(holdingLimit: holdingLimit)
      for fragment in fragments { builder.add(fragment) }
      #expect { try builder.text() } throws: { "\($0)".contains(pack.lastPathComponent) }
    }
  }
}


@Test func aGraphIsTheSameWhereverItsLinesStopBeingHeldAndSpill() throws {
  let astana = H.result("002_4cbc", [H.graphMention(.person, "Tokayev", at: 0), H.graphMention(.person, "Kassym-Jomart Tokayev", at: 20),
                                     H.graphMention(.date, "January 24", at: 50)],
                        quotes: [H.graphQuote("The reforms will continue", speaker: "Tokayev", about: ["Urgent Action Plan"], at: 80)])
  let results = [karinInFull, karinBySurname, astana, H.result("003_61e5", [], quotes: [H.graphQuote("shame, shame", speaker: nil)])]
  let allHeld = try graphText(results, holdingLimit: .max)
  #expect(try graphText(results, holdingLimit: 0) == allHeld)
  // Every limit up to the whole: the first document spilled, the first two, ... .
  let sizes = results.map { GraphFragment($0) }.map { $0.documentLine.utf8.count + $0.mentionLines.heldBytes + $0.quoteLines.heldBytes }
  for limit in sizes.indices.map({ sizes[...$0].reduce(0, +) }) {
    #expect(try graphText(results, holdingLimit: limit) == allHeld, "limit \(limit)")
  }
}

@Test func aBuilderThatHoldsEveryDocumentsLinesMakesNoSpillFiles() throws {
  try withTemporaryFolder { folder in
    let builder = GraphBuilder(spillingInto: folder)
    for result in [karinInFull, karinBySurname] { builder.add(result) }
    _ = try builder.text()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}

@Test func spillFilesThatCannotBeMadeFailTheGraphNamingWhere() throws {
  try withTemporaryFolder { folder in
    // A file where the spill files' folder should be.
    let notAFolder = folder.appendingPathComponent("staging")
    try Data("not a folder".utf8).write(to: notAFolder)
    let builder = GraphBuilder(spillingInto: notAFolder, holdingLimit: 0)
    for result in [karinInFull, karinBySurname] { builder.add(result) }
    #expect { try builder.text() } throws: { "\($0)".contains("staging") }
  }
}
