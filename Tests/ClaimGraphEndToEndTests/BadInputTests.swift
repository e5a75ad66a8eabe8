import Foundation
import Testing

/// Every input ends as processed or as skipped with a reason; none crashes,
/// hangs or silently vanishes. One behaviour per kind of bad input.
@Suite("claimgraph run on bad inputs")
struct BadInputTests {
  static let goodDocument = "Erlan Karin told the Astana Times that the decree was signed on Thursday.\n"

  /// Runs over a folder holding `good.txt` and `name` with `contents`; returns the result and the output folder.
  private func runBeside(_ contents: Data, named name: String, in folder: URL, extra: [String] = []) throws -> (CommandResult, URL) {
    let input = folder.appendingPathComponent("in")
    try write(Self.goodDocument, to: "good.txt", in: input)
    try write(contents, to: name, in: input)
    let out = folder.appendingPathComponent("out")
    let result = try claimgraph(["run", "--out", out.path, "--gazetteers", gazetteersFolder.path] + extra + [input.path])
    return (result, out)
  }

  @Test func whitespaceOnlyFileIsSkippedWithItsReason() throws {
    try withTemporaryFolder { folder in
      let (result, out) = try runBeside(Data("  \n\t\r\n ".utf8), named: "blank.txt", in: folder)
      #expect(result.status == 2)
      #expect(try skippedDocuments(in: out).map { $0["reason"] } == ["only white space"])
    }
  }

  @Test func invalidUTF8IsDecodedWithAWarningNamingFileAndByteOffset() throws {
    try withTemporaryFolder { folder in
      let bytes = Data("Tokayev said ".utf8) + Data([0xFF]) + Data(" the decree is good.".utf8)
      let (result, out) = try runBeside(bytes, named: "broken.txt", in: folder)
      #expect(result.status == 0)
      #expect(result.errorOutput.contains("broken.txt: invalid UTF-8 at byte 13"))
      #expect(try fileNames(in: out.appendingPathComponent("docs")) == ["broken.json", "good.json"])
    }
  }

  @Test func byteOrderMarkIsDroppedAndOffsetsCountFromTheText() throws {
    try withTemporaryFolder { folder in
      let (result, out) = try runBeside(Data([0xEF, 0xBB, 0xBF]) + Data("Karin said so.".utf8), named: "bom.txt", in: folder)
      #expect(result.status == 0)
      let karin = try annotation("bom", in: out).entities.first { $0.text == "Karin" }
      #expect(karin?.start == 0)
    }
  }

  @Test func utf16WithAByteOrderMarkIsRead() throws {
    try withTemporaryFolder { folder in
      let text = "“We will appeal,” said Anna Petrova."
      let (result, out) = try runBeside(text.data(using: .utf16)!, named: "utf16.txt", in: folder)
      #expect(result.status == 0)
      #expect(try annotation("utf16", in: out).quotes.map(\.speaker) == ["Anna Petrova"])
    }
  }

  @Test func crlfAndLoneCarriageReturnsEndLines() throws {
    try withTemporaryFolder { folder in
      let text = "Erlan Karin spoke.\r\nIt rained\rTokayev left.\r\n"
      let (result, out) = try runBeside(Data(text.utf8), named: "crlf.txt", in: folder)
      #expect(result.status == 0)
      #expect(try annotation("crlf", in: out).sentences?.count == 3)
    }
  }

  @Test func documentOverTheSizeLimitIsSkippedWithoutBeingRead() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write(Self.goodDocument, to: "good.txt", in: input)
      // A sparse 100 MB file: the size limit must turn it away from its size alone.
      let huge = input.appendingPathComponent("huge.txt")
      #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
      let handle = try FileHandle(forWritingTo: huge)
      try handle.truncate(atOffset: 100 << 20)
      try handle.close()
      let out = folder.appendingPathComponent("out")
      let result = try claimgraph(["run", "--out", out.path, "--gazetteers", gazetteersFolder.path, input.path])
      #expect(result.status == 2)
      let reason = try skippedDocuments(in: out).first?["reason"]
      #expect(reason?.contains("over the 33554432-byte limit (--max-document-size)") == true)
    }
  }

  @Test func singleLineOfFiveMillionCharactersIsProcessed() throws {
    try withTemporaryFolder { folder in
      let (result, out) = try runBeside(Data(String(repeating: "x", count: 5_000_000).utf8), named: "line.txt", in: folder)
      #expect(result.status == 0)
      #expect(try annotation("line", in: out).sentences?.count == 1)
    }
  }

  @Test func hundredThousandUnbalancedQuotationMarksAreProcessed() throws {
    try withTemporaryFolder { folder in
      let text = String(repeating: "“ ” \" ", count: 25_000) + String(repeating: "“", count: 25_000)
      let (result, out) = try runBeside(Data(text.utf8), named: "marks.txt", in: folder)
      #expect(result.status == 0)
      #expect(try annotation("marks", in: out).quotes.isEmpty)
    }
  }

  @Test func documentThatIsOneGiantQuoteStaysUnattributedPastTheLimit() throws {
    try withTemporaryFolder { folder in
      let text = "“" + String(repeating: "The decree said so, he said. ", count: 1_000) + "”"
      let (result, out) = try runBeside(Data(text.utf8), named: "giant.txt", in: folder, extra: ["--max-quote-length", "500"])
      #expect(result.status == 0)
      #expect(result.errorOutput.contains("giant.txt: 1 quotation longer than 500 tokens not attributed (--max-quote-length)"))
      #expect(try annotation("giant", in: out).quotes.allSatisfy { $0.kind == "indirect" })
    }
  }

  @Test func overlongSentencesAreCutAndTheSummarySaysSo() throws {
    try withTemporaryFolder { folder in
      let text = String(repeating: "word ", count: 250) + "end."
      let (result, out) = try runBeside(Data(text.utf8), named: "long.txt", in: folder, extra: ["--max-sentence-length", "100"])
      #expect(result.status == 0)
      #expect(result.errorOutput.contains("long.txt: 1 sentence longer than 100 tokens cut (--max-sentence-length)"))
      #expect(try annotation("long", in: out).sentences?.count == 3)
    }
  }

  @Test func brokenSymbolicLinkIsSkippedWithItsReason() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write(Self.goodDocument, to: "good.txt", in: input)
      try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("gone.txt").path,
                                                 withDestinationPath: folder.appendingPathComponent("nowhere.txt").path)
      let out = folder.appendingPathComponent("out")
      let result = try runCommand([input], out: out)
      #expect(result.status == 2)
      #expect(try skippedDocuments(in: out).first?["reason"]?.hasPrefix("broken symbolic link") == true)
    }
  }

  @Test func namedPipeNamedAsAnInputIsSkippedNotWaitedOn() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write(Self.goodDocument, to: "good.txt", in: input)
      let pipe = input.appendingPathComponent("feed.txt")
      #expect(mkfifo(pipe.path, 0o644) == 0)
      let out = folder.appendingPathComponent("out")
      let result = try runCommand([input.appendingPathComponent("good.txt"), pipe], out: out)
      #expect(result.status == 2)
      #expect(try skippedDocuments(in: out).map { $0["reason"] } == ["not a regular file (a named pipe, device or socket)"])
    }
  }

  @Test func symbolicLinkLoopDoesNotHangTheRun() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write(Self.goodDocument, to: "good.txt", in: input)
      try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("loop").path, withDestinationPath: input.path)
      let out = folder.appendingPathComponent("out")
      let result = try runCommand([input], out: out)
      #expect(result.status == 0)
      #expect(try fileNames(in: out.appendingPathComponent("docs")) == ["good.json"])
    }
  }

  @Test func filesThatAreNotTextAreLeftAlone() throws {
    try withTemporaryFolder { folder in
      let (result, out) = try runBeside(Data("# notes".utf8), named: "notes.md", in: folder)
      #expect(result.status == 0)
      #expect(try fileNames(in: out.appendingPathComponent("docs")) == ["good.json"])
    }
  }
}
