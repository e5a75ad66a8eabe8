@testable import ClaimGraph
import Foundation
import Testing

private struct ExportInterrupted: Error {}

@Suite("Atomic files") struct AtomicFileTests {
  private let annotation = #"{"id": "astana", "entities": [{"text": "Erlan Karin", "label": "PERSON"}]}"# + "\n"

  private func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aWrittenFileHoldsTheBytesAndNoTemporaryFileIsLeftBeside() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("astana.json").path
      try AtomicFile.write(annotation, to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == annotation)
      #expect(try names(in: folder) == ["astana.json"])
    }
  }

  @Test func piecesAreWrittenOneAfterAnotherAsOneFile() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("vocabulary.snapshot").path
      let header = Array("ClaimGraph vocabulary\n".utf8), slots = [UInt8](repeating: 0xAB, count: 100_000), empty: [UInt8] = []
      try header.withUnsafeBytes { header in
        try slots.withUnsafeBytes { slots in try empty.withUnsafeBytes { try AtomicFile.write([header, $0, slots], to: path) } }
      }
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(header + slots))
      #expect(try names(in: folder) == ["vocabulary.snapshot"])
    }
  }

  @Test func aNewFileIsWrittenUnderItsOwnNameWithNoTemporaryFile() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("cache/0123456789abcdef0123456789abcdef.json").path
      try AtomicFile.writeNew(Array(annotation.utf8), to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == annotation)
      #expect(try names(in: folder.appendingPathComponent("cache")) == ["0123456789abcdef0123456789abcdef.json"])
    }
  }

  @Test func aNewFileWrittenOverOneThatIsLinkedElsewhereLeavesTheLinkAsItWas() throws {
    // A killed run's annotation, or one whose index was lost, may still be linked from `docs/`.
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("entry.json").path, linked = folder.appendingPathComponent("astana.json").path
      try AtomicFile.write("{\"id\": \"astana\"}\n", to: path)
      #expect(link(path, linked) == 0)
      try AtomicFile.writeNew(Array(annotation.utf8), to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == annotation)
      #expect(try String(contentsOfFile: linked, encoding: .utf8) == "{\"id\": \"astana\"}\n")
    }
  }

  @Test func aWriteReplacesTheFileWhole() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("skipped.jsonl").path
      try AtomicFile.write(String(repeating: "{\"path\": \"seeds/empty.txt\", \"reason\": \"empty file\"}\n", count: 50), to: path)
      try AtomicFile.write(annotation, to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == annotation)
    }
  }

  @Test func aReplacedFileHoldsTheNewBytesAndTheOldOnesWaitAside() throws {
    try withTemporaryFolder { folder in
      let target = folder.appendingPathComponent("graph.json").path, staged = folder.appendingPathComponent("graph.json.staged").path
      let aside = folder.appendingPathComponent("graph.json.replaced").path
      try AtomicFile.write("{\"version\": \"1.0\", \"documents\": []}\n", to: target)
      try AtomicFile.write(annotation, to: staged)
      try AtomicFile.replace(target, with: staged, keepingOldAt: aside)
      #expect(try String(contentsOfFile: target, encoding: .utf8) == annotation)
      #expect(try String(contentsOfFile: aside, encoding: .utf8) == "{\"version\": \"1.0\", \"documents\": []}\n")
      #expect(try names(in: folder) == ["graph.json", "graph.json.replaced"])
    }
  }

  @Test func aFileReplacingNoneIsPutInPlaceAndNothingAside() throws {
    try withTemporaryFolder { folder in
      let target = folder.appendingPathComponent("skipped.jsonl").path, staged = folder.appendingPathComponent("skipped.staged").path
      try AtomicFile.write(annotation, to: staged)
      try AtomicFile.replace(target, with: staged, keepingOldAt: folder.appendingPathComponent("skipped.replaced").path)
      #expect(try String(contentsOfFile: target, encoding: .utf8) == annotation)
      #expect(try names(in: folder) == ["skipped.jsonl"])
    }
  }

  @Test func aReplacementThatIsNotThereNamesTheTargetAndLeavesTheOldFile() throws {
    try withTemporaryFolder { folder in
      let target = folder.appendingPathComponent("graph.json").path
      try AtomicFile.write(annotation, to: target)
      #expect { try AtomicFile.replace(target, with: folder.appendingPathComponent("missing").path,
                                       keepingOldAt: folder.appendingPathComponent("replaced").path) } throws: { error in
        (error as? AtomicFile.WriteError)?.path == target
      }
      #expect(try String(contentsOfFile: target, encoding: .utf8) == annotation)
      #expect(try names(in: folder) == ["graph.json"])
    }
  }

  @Test func aMissingFolderIsMade() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent(".cache/entries/astana.json").path
      try AtomicFile.write(Array(annotation.utf8), to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == annotation)
    }
  }

  @Test func aFileThatCannotBeMadeNamesItsPathAndLeavesNothing() throws {
    try withTemporaryFolder { folder in
      // A file where the folder should be.
      try Data("not a folder".utf8).write(to: folder.appendingPathComponent("docs"))
      let path = folder.appendingPathComponent("docs/astana.json").path
      #expect { try AtomicFile.write(annotation, to: path) } throws: { error in
        (error as? AtomicFile.WriteError)?.path == path
      }
      #expect(try names(in: folder) == ["docs"])
    }
  }

  @Test func aStreamedWriteThatFailsLeavesTheOldFileAndNoTemporary() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("graph.json").path
      try AtomicFile.write("{\"version\": \"1.0\"}\n", to: path)
      #expect(throws: ExportInterrupted.self) {
        try AtomicFile.write(to: path) { writer in
          try writer.write("{\"version\": \"1.0\", \"documents\": [")
          throw ExportInterrupted()
        }
      }
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"version\": \"1.0\"}\n")
      #expect(try names(in: folder) == ["graph.json"])
    }
  }

  @Test func aStreamedWriteMakesItsFolder() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("export/entities.csv").path
      try AtomicFile.write(to: path) { writer in try writer.writeLine("id,type,name") }
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "id,type,name\n")
      #expect(try names(in: folder.appendingPathComponent("export")) == ["entities.csv"])
    }
  }
}
