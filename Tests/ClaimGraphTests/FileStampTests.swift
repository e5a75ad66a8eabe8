@testable import ClaimGraph
import Foundation
import Testing

@Suite("File stamps") struct FileStampTests {
  private let identity = FileStamp.Identity(device: 27, inode: 1_528_521, size: 15_216,
                                            modified: 1_795_749_666_775_311_658, changed: 1_795_749_666_775_311_658)

  @Test func aStampTakenLongAfterTheFilesLastChangeIsSettled() {
    #expect(FileStamp(identity: identity, taken: identity.changed + FileStamp.settlingTime).isSettled())
  }

  @Test func aStampTakenSoonAfterTheFilesLastChangeIsNotSettled() {
    #expect(!FileStamp(identity: identity, taken: identity.changed + FileStamp.settlingTime - 1).isSettled())
  }

  @Test func aModificationTimeSetAheadOfTheChangeTimeCountsAsTheLastChange() {
    let touched = FileStamp.Identity(device: 27, inode: 1_528_521, size: 15_216, modified: identity.changed + 60_000_000_000,
                                     changed: identity.changed)
    #expect(!FileStamp(identity: touched, taken: identity.changed + FileStamp.settlingTime).isSettled())
  }

  @Test func stampsTakenTogetherAreTheFilesOwnAcrossFoldersAndForMissingOnes() throws {
    try withTemporaryFolder { folder in
      let paths = ["a/astana.txt", "a/brussels.txt", "b/astana.txt", "a/missing.txt", "a"].map { folder.appendingPathComponent($0).path }
      for path in paths.prefix(3) {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "Erlan Karin said the decree was signed in \(path).\n".write(toFile: path, atomically: false, encoding: .utf8)
      }
      #expect(FileStamp.of(paths).map { $0?.identity } == paths.map { FileStamp.of($0)?.identity })
      #expect(FileStamp.of(paths).map { $0 == nil } == [false, false, false, true, true])
    }
  }

  @Test func rewritingAFileWithTheSameSizeAndItsOldModificationTimeChangesItsStamp() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("astana.txt").path
      try "Erlan Karin said the decree was signed.\n".write(toFile: path, atomically: false, encoding: .utf8)
      let before = try #require(FileStamp.of(path))
      Thread.sleep(forTimeInterval: 0.05)  // past the file system clock's tick
      try "Marat Bekov said the decree was signed.\n".write(toFile: path, atomically: false, encoding: .utf8)
      try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(before.identity.modified) / 1e9)],
                                            ofItemAtPath: path)
      let after = try #require(FileStamp.of(path))
      #expect(after.identity.size == before.identity.size)
      #expect(after.identity != before.identity)
    }
  }

  @Test func aFolderHasNoStamp() throws {
    try withTemporaryFolder { folder in #expect(FileStamp.of(folder.path) == nil) }
  }
}

@Suite("Stamp files") struct StampFileTests {
  private let record = StampFile.Record(
    path: "seeds/astana.txt", id: "astana",
    identity: FileStamp.Identity(device: 27, inode: 1_528_521, size: 15_216, modified: 1_795_749_666_775_311_658, changed: 1_795_749_666_775_311_700),
    key: "ca6cde823a13d4fefcee27e0570583e6")

  @Test func recordsAreReadBackByPath() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("stamps").path
      try StampFile.write([record], to: path, salt: "salt-1")
      #expect(StampFile.read(from: path, salt: "salt-1") == ["seeds/astana.txt": record])
    }
  }

  @Test func recordsMadeUnderAnotherSaltAreNotRead() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("stamps").path
      try StampFile.write([record], to: path, salt: "salt-1")
      #expect(StampFile.read(from: path, salt: "salt-2") == nil)
    }
  }

  @Test func aPathWithATabOrLineBreakIsNotRecorded() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("stamps").path
      let odd = ["seeds/a\tb.txt", "seeds/a\nb.txt"].map {
        StampFile.Record(path: $0, id: "a-b", identity: record.identity, key: record.key)
      }
      try StampFile.write(odd + [record], to: path, salt: "salt-1")
      #expect(StampFile.read(from: path, salt: "salt-1") == ["seeds/astana.txt": record])
    }
  }

  @Test func everyLineBreakThatCharactersKnowKeepsARecordOut() throws {
    let texts = ["seeds/astana.txt", "seeds/a\tb", "a\rb", "a\r\nb", "a\u{0B}b", "a\u{0C}b", "a\u{85}b", "a\u{2028}b", "a\u{2029}b",
                 "Ņ₅…", "Zürich/Алматы", "\u{2027}\u{202A}", "Â", ""]
    for text in texts {
      #expect(StampFile.breaksALine(text) == text.contains { $0 == "\t" || $0.isNewline }, "\(text.debugDescription)")
    }
  }

  @Test func aDamagedLineIsLeftOutAndTheOthersRead() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("stamps").path
      try StampFile.write([record], to: path, salt: "salt-1")
      let damaged = try String(contentsOfFile: path, encoding: .utf8) + "ca6cde82\t27\tnot a number\n"
      try damaged.write(toFile: path, atomically: true, encoding: .utf8)
      #expect(StampFile.read(from: path, salt: "salt-1") == ["seeds/astana.txt": record])
    }
  }

  @Test func aNumberTooLargeForItsFieldMakesADamagedLine() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("stamps").path
      try StampFile.write([record], to: path, salt: "salt-1")
      let line = [record.key, "27", "1528521", "9999999999999999999", "1", "1", "akorda", "seeds/akorda.txt"].joined(separator: "\t")
      try (try String(contentsOfFile: path, encoding: .utf8) + line + "\n").write(toFile: path, atomically: true, encoding: .utf8)
      #expect(StampFile.read(from: path, salt: "salt-1") == ["seeds/astana.txt": record])
    }
  }

  @Test func aMissingFileHasNoRecords() throws {
    try withTemporaryFolder { folder in
      #expect(StampFile.read(from: folder.appendingPathComponent("stamps").path, salt: "salt-1") == nil)
    }
  }
}
