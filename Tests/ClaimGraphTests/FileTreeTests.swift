@testable import ClaimGraph
import Foundation
import Testing

@Suite("Removing a folder tree") struct FileTreeTests {
  private let annotation = Data(#"{"id": "astana", "entities": [{"text": "Erlan Karin", "label": "PERSON"}]}"#.utf8)

  @Test func aFolderGoesWithItsFilesAndFoldersAtEveryDepth() throws {
    try withTemporaryFolder { folder in
      let replaced = folder.appendingPathComponent(".replaced")
      try FileManager.default.createDirectory(at: replaced.appendingPathComponent("docs/2020/05"), withIntermediateDirectories: true)
      try annotation.write(to: replaced.appendingPathComponent("graph.json"))
      try annotation.write(to: replaced.appendingPathComponent("docs/astana.json"))
      try annotation.write(to: replaced.appendingPathComponent("docs/2020/05/akorda.json"))
      FileTree.remove(replaced.path)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
  }

  @Test func aFolderListsTheNamesInItAsFoundationDoes() throws {
    try withTemporaryFolder { folder in
      try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
      for name in ["graph.json", "Zürich – Алматы.json", ".stamps"] { try annotation.write(to: folder.appendingPathComponent(name)) }
      #expect(FileTree.names(in: folder.path).sorted() == (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted())
      #expect(FileTree.names(in: folder.appendingPathComponent("missing").path).isEmpty)
    }
  }

  @Test func aFolderOfManyNamesOfEveryLengthIsListedWhole() throws {
    // `readdir` packs entries by name length: a name read as the whole 256-byte field ran off the
    // buffer's end (AddressSanitizer reports it every time; a run crashed on it now and then).
    try withTemporaryFolder { folder in
      for index in 0..<3_000 {
        let name = "\(index)-" + String(repeating: "k", count: index % 200) + ".graph"
        try Data().write(to: folder.appendingPathComponent(name))
      }
      #expect(FileTree.names(in: folder.path).sorted() == (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted())
    }
  }

  @Test func aLinkedFolderIsUnlinkedAndWhatItPointsToKept() throws {
    try withTemporaryFolder { folder in
      let cache = folder.appendingPathComponent(".cache"), replaced = folder.appendingPathComponent(".replaced")
      try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
      try FileManager.default.createDirectory(at: replaced, withIntermediateDirectories: true)
      try annotation.write(to: cache.appendingPathComponent("entry.json"))
      try FileManager.default.createSymbolicLink(at: replaced.appendingPathComponent("docs"), withDestinationURL: cache)
      FileTree.remove(replaced.path)
      #expect(!FileManager.default.fileExists(atPath: replaced.path))
      #expect(try Data(contentsOf: cache.appendingPathComponent("entry.json")) == annotation)
    }
  }

  @Test func aFileIsRemovedAsAFolderWouldBe() throws {
    try withTemporaryFolder { folder in
      let skipped = folder.appendingPathComponent("skipped.jsonl")
      try annotation.write(to: skipped)
      FileTree.remove(skipped.path)
      #expect(!FileManager.default.fileExists(atPath: skipped.path))
    }
  }

  @Test func aMissingPathIsNoError() throws {
    try withTemporaryFolder { folder in
      try annotation.write(to: folder.appendingPathComponent("graph.json"))
      FileTree.remove(folder.appendingPathComponent(".staging").path)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.json"])
    }
  }
}
