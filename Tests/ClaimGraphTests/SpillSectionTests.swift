@testable import ClaimGraph
import Foundation
import Testing

@Suite("Spill sections") struct SpillSectionTests {
  /// Two documents' mention lines, each after the header that maps its entries to the graph's ordinals.
  private let spill = [
    "#1 0",
    "0\t{\"document\":\"astana\",\"entity\":\t,\"label\":\"PERSON\",\"text\":\"Erlan Karin\",\"start\":0,\"end\":11}",
    "1\t{\"document\":\"astana\",\"entity\":\t,\"label\":\"ORG\",\"text\":\"Mazhilis\",\"start\":40,\"end\":48}",
    "\t{\"document\":\"astana\",\"entity\":\t,\"label\":\"DATE\",\"text\":\"January 24\",\"start\":60,\"end\":70,\"norm\":\"2020-01-24\"}",
    "#2",
    "0\t{\"document\":\"akorda\",\"entity\":\t,\"label\":\"PERSON\",\"text\":\"Tokayev\",\"start\":5,\"end\":12}",
  ].joined(separator: "\n") + "\n"
  private let ids = PackedByteStrings(["org:mazhilis", "person:erlan-karin", "person:kassym-jomart-tokayev"].map { JSONValue.string($0).serializedUTF8() })

  private func rendered(chunkSize: Int) throws -> String {
    var output: [UInt8] = []
    try withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("mentions")
      try Data(spill.utf8).write(to: file)
      var section = SpillSection(.mentions, quotedIDs: ids)
      try section.render(file, chunkSize: chunkSize, to: &output)
      section.finish(to: &output)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The spill's two documents, the first held (its lines and its entries' ordinals) and the second spilled.
  private func renderedHeldThenSpilled() throws -> String {
    let lines = spill.split(separator: "\n", omittingEmptySubsequences: false)
    let held = lines[1...3].map { $0 + "\n" }.joined()
    var output: [UInt8] = []
    try withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("mentions")
      try Data(lines[4...].joined(separator: "\n").utf8).write(to: file)
      var section = SpillSection(.mentions, quotedIDs: ids)
      Array(held.utf8).withUnsafeBufferPointer { _ = section.render($0, entryOrdinals: [1, 0], to: &output) }
      try section.render(file, to: &output)
      section.finish(to: &output)
    }
    return String(decoding: output, as: UTF8.self)
  }

  @Test func mentionLinesBecomeItemsWithTheIdsTheirHeaderMapsTheirEntriesTo() throws {
    let items = [
      #"{"document":"astana","entity":"person:erlan-karin","label":"PERSON","text":"Erlan Karin","start":0,"end":11}"#,
      #"{"document":"astana","entity":"org:mazhilis","label":"ORG","text":"Mazhilis","start":40,"end":48}"#,
      #"{"document":"astana","entity":null,"label":"DATE","text":"January 24","start":60,"end":70,"norm":"2020-01-24"}"#,
      #"{"document":"akorda","entity":"person:kassym-jomart-tokayev","label":"PERSON","text":"Tokayev","start":5,"end":12}"#,
    ]
    #expect(try rendered(chunkSize: 1 << 20) == "\n    " + items.joined(separator: ",\n    ") + "\n  ")
  }

  @Test func linesCutByTheEndOfAChunkRenderAsTheyDoWhole() throws {
    let whole = try rendered(chunkSize: 1 << 20)
    for chunkSize in [1, 2, 7, 64, 101] { #expect(try rendered(chunkSize: chunkSize) == whole) }
  }

  @Test func heldLinesRenderAsTheyDoFromTheSpillFile() throws {
    #expect(try renderedHeldThenSpilled() == (try rendered(chunkSize: 1 << 20)))
  }

  @Test func aSectionWithNoItemsIsEmpty() throws {
    var output: [UInt8] = []
    var section = SpillSection(.mentions, quotedIDs: ids)
    section.render(UnsafeBufferPointer(start: nil, count: 0), entryOrdinals: [], to: &output)
    section.finish(to: &output)
    #expect(output.isEmpty)
  }
}
