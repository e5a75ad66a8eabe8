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

@Test func gazetteerFieldsAreTrimmedOfWhatFoundationCallsWhitespace() {
  // Tabs, every space separator (no-break, em, ideographic) and the zero-width space go; line breaks,
  // the word joiner and the Mongolian vowel separator stay.
  let fields = ["\u{A0}Astana\u{2003}", "\u{3000} Erlan Karin\t", "\u{200B}Akorda\u{200B}", "\nMinistry\r", " \u{A0} ", "", "Nur-Sultan",
                "\u{1680}Tokayev\u{202F}\u{205F}", "e\u{301} ", "\u{2060}Senate\u{180E}", "\u{200C}Majilis\u{FEFF}", "\u{85}Mazhilis\u{2028}"]
  for field in fields {
    #expect(String(GazetteerFile.trimmingWhitespace(field[...])) == field.trimmingCharacters(in: .whitespaces), "\(field.debugDescription)")
  }
}

@Test func aLinePaddedWithSpacesBeyondASCIIIsTrimmedAsOnePaddedWithSpaces() throws {
  // Lists pasted from web pages bring no-break and em spaces; the item is the name between them.
  #expect(try file("\u{A0}Nazarbayev\u{2003}\nKarin\u{A0}\n").items == ["Nazarbayev", "Karin"])
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

@Test func aFolderHandsOutEachFileAsReadOnItsOwn() throws {
  try withTemporaryFolder { folder in
    try Data("President\nMinister\n".utf8).write(to: folder.appendingPathComponent("titles.txt"))
    try Data("Dr.\n".utf8).write(to: folder.appendingPathComponent("abbreviations.txt"))
    let gazetteers = GazetteerFolder(directory: folder.path)
    #expect(try gazetteers.file("titles.txt").items == GazetteerFile(directory: folder.path, name: "titles.txt").items)
    #expect(try gazetteers.file("abbreviations.txt").items == ["Dr."])
  }
}

@Test func anEmptyFileInTheFolderIsAnEmptyListNotAMissingOne() throws {
  // A user may empty a list (no sentence-final abbreviations, say) rather than delete it: the list is
  // there, empty, and the fingerprint tells an emptied list from a removed one.
  try withTemporaryFolder { folder in
    let withoutIt = GazetteerFolder(directory: folder.path).fingerprint
    try Data().write(to: folder.appendingPathComponent("abbreviations.txt"))
    let gazetteers = GazetteerFolder(directory: folder.path)
    #expect(try gazetteers.file("abbreviations.txt").items == [])
    #expect(gazetteers.fingerprint != withoutIt)
  }
}

@Test func aFileMissingFromTheFolderIsUnreadable() throws {
  try withTemporaryFolder { folder in
    #expect(throws: GazetteerError.unreadable(file: folder.appendingPathComponent("titles.txt").path)) {
      try GazetteerFolder(directory: folder.path).file("titles.txt")
    }
  }
}

@Test func theFolderFingerprintChangesWithAFilesBytes() throws {
  try withTemporaryFolder { folder in
    let titles = folder.appendingPathComponent("titles.txt")
    try Data("President\n".utf8).write(to: titles)
    let before = GazetteerFolder(directory: folder.path).fingerprint
    try Data("President\nMinister\n".utf8).write(to: titles)
    #expect(GazetteerFolder(directory: folder.path).fingerprint != before)
  }
}

/// The items a folder's bytes-backed list hands out, as strings.
private func itemsFromBytes(of text: String) throws -> [String] {
  var items: [String] = []
  try withTemporaryFolder { folder in
    try Data(text.utf8).write(to: folder.appendingPathComponent("surnames.txt"))
    try GazetteerFolder(directory: folder.path).items("surnames.txt").forEach { items.append(String(decoding: $0, as: UTF8.self)) }
  }
  return items
}

@Test func aLargeListReadFromItsBytesGivesTheItemsOfItsLines() throws {
  // Plain lines, a comment, a blank line, Windows line ends, padded and tabbed lines, a name beyond ASCII, no final break.
  let text = "# surnames\nTokayev\r\n\n  Karin \nZhovtis\tcomment\n\u{A0}Nazarbayev\u{2003}\n  # aside\nÖzdemir\nSmailov"
  #expect(try itemsFromBytes(of: text) == file(text).items)
  #expect(try itemsFromBytes(of: text) == ["Tokayev", "Karin", "Zhovtis", "Nazarbayev", "Özdemir", "Smailov"])
}

@Test func aLargeListThatIsNotUTF8OrIsMissingIsUnreadable() throws {
  try withTemporaryFolder { folder in
    try Data([0x50, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("surnames.txt"))
    let gazetteers = GazetteerFolder(directory: folder.path)
    #expect(throws: GazetteerError.unreadable(file: folder.appendingPathComponent("surnames.txt").path)) { try gazetteers.items("surnames.txt") }
    #expect(throws: GazetteerError.unreadable(file: folder.appendingPathComponent("given_names.txt").path)) { try gazetteers.items("given_names.txt") }
  }
}
