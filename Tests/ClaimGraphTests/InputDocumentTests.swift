@testable import ClaimGraph
import Foundation
import Testing

@Suite("Collecting input documents")
struct InputDocumentTests {
  private func make(_ files: [String], in folder: URL) throws {
    for file in files {
      let url = folder.appendingPathComponent(file)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("Erlan Karin said the decree was signed.\n".utf8).write(to: url)
    }
  }

  @Test func aFolderGivesItsTextFilesInSubfoldersTooInPathOrder() throws {
    try withTemporaryFolder { folder in
      try make(["b.txt", "2021/c.txt", "2021/d.TXT", "notes.md", "2021/old.txt.bak"], in: folder)
      let inputs = try InputDocument.collect([folder.path])
      #expect(inputs.map(\.path) == ["2021/c.txt", "2021/d.TXT", "b.txt"].map { folder.path + "/" + $0 })
      #expect(inputs.map(\.id) == ["c", "d", "b"])
    }
  }

  @Test func aFolderOfManyDocumentsWithNamesOfEveryLengthIsListedWhole() throws {
    // Names read in place: the whole 256-byte field ran off the end of `readdir`'s buffer.
    try withTemporaryFolder { folder in
      let names = (0..<3_000).map { "\($0)-" + String(repeating: "k", count: $0 % 200) + ".txt" }
      for name in names { try Data("Tokayev signed it.\n".utf8).write(to: folder.appendingPathComponent(name)) }
      #expect(try InputDocument.collect([folder.path]).map(\.path) == names.sorted().map { folder.path + "/" + $0 })
    }
  }

  @Test func hiddenFilesAndFoldersAreLeftOut() throws {
    try withTemporaryFolder { folder in
      try make(["kept.txt", ".draft.txt", ".git/objects.txt"], in: folder)
      #expect(try InputDocument.collect([folder.path]).map(\.id) == ["kept"])
    }
  }

  @Test func aStemInTwoFoldersTakesItsFolderPathAsTheId() throws {
    try withTemporaryFolder { folder in
      try make(["2021/report.txt", "2022/report.txt", "other.txt"], in: folder)
      let ids = try InputDocument.collect([folder.path]).map(\.id)
      let prefix = folder.path.split(separator: "/").joined(separator: "__")
      #expect(ids == [prefix + "__2021__report", prefix + "__2022__report", "other"])
    }
  }

  @Test func aFileNamedAgainInsideItsFolderIsListedOnce() throws {
    try withTemporaryFolder { folder in
      try make(["a.txt", "b.txt"], in: folder)
      let inputs = try InputDocument.collect([folder.path + "/", folder.path + "/./a.txt"])
      #expect(inputs.map(\.id) == ["a", "b"])
    }
  }

  @Test func aFolderGivenWithATrailingSlashGivesTheSamePaths() throws {
    try withTemporaryFolder { folder in
      try make(["a.txt"], in: folder)
      #expect(try InputDocument.collect([folder.path + "/"]).map(\.path) == [folder.path + "/a.txt"])
    }
  }

  @Test func aMissingPathIsNamed() {
    #expect(throws: InputError.notFound("/no/such/folder")) { try InputDocument.collect(["/no/such/folder"]) }
  }
}
