@testable import ClaimGraph
import Foundation
import Testing

@Suite("Buffered file writing")
struct TextFileWriterTests {
  /// Lines enough to fill the writer's buffer several times over, so that writes overlap appends.
  private static let lines = (0..<60_000).map { "{\"id\":\"kz_\($0)\",\"text\":\"Erlan Karin said the decree was signed on \($0 % 28 + 1) March.\"}\n" }

  @Test func linesAppendedAcrossManyBuffersComeOutWholeAndInOrder() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("mentions")
      let writer = try TextFileWriter(creating: url)
      for line in Self.lines { writer.append(bytes: line.utf8) }
      try writer.close()
      #expect(try String(contentsOf: url, encoding: .utf8) == Self.lines.joined())
    }
  }

  @Test func flushMakesEverythingAppendedReadableBeforeClose() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("quotes")
      let writer = try TextFileWriter(creating: url)
      for line in Self.lines.prefix(30_000) { try writer.write(line) }
      try writer.flush()
      #expect(try Data(contentsOf: url).count == Self.lines.prefix(30_000).reduce(0) { $0 + $1.utf8.count })
      try writer.close()
    }
  }
}
