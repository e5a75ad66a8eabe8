@testable import ClaimGraph
import Foundation
import Testing

private func file(_ text: String) throws -> GazetteerFile {
  var result: GazetteerFile?
  try withTemporaryFolder { folder in
    try Data(text.utf8).write(to: folder.appendingPathComponent("titles.txt"))
    result = try GazetteerFile(directory: folder.path, name: "titles.txt")
  }
  return try #require(result)
}

@Test func gazetteerLinesKeepTheirNumbersPastCommentsAndBlanks() throws {
  let lines = try file("# titles\n\nPresident\n  # indented comment\nForeign Minister\n").lines
  #expect(lines.map(\.fields) == [["President"], ["Foreign Minister"]])
  #expect(lines.map(\.number) == [3, 5])
}

@Test func gazetteerLinesWithWindowsLineEndingsReadTheSame() throws {
  #expect(try file("President\r\nMinister\r\n").items == ["President", "Minister"])
}

@Test func gazetteerFieldsAreSplitOnTabsAndTrimmed() throws {
  #expect(try file("ORG\t Radio Free Asia \tRFA\n  Mr.  \n").lines.map(\.fields) == [["ORG", "Radio Free Asia", "RFA"], ["Mr."]])
}

@Test func gazetteerWithoutAFinalLineBreakKeepsItsLastLine() throws {
  #expect(try file("President\nMinister").items == ["President", "Minister"])
}

@Test func gazetteerThatIsNotUTF8IsUnreadable() throws {
  try withTemporaryFolder { folder in
    try Data([0x50, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("titles.txt"))
    #expect(throws: GazetteerError.self) { try GazetteerFile(directory: folder.path, name: "titles.txt") }
  }
}
