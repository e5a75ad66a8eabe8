@testable import ClaimGraph
import Testing

@Suite("Byte slices") struct SliceByteSearchTests {
  /// The fields of `line` split at tabs, as strings.
  private func fields(_ line: String, maxSplits: Int = .max) -> [String] {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      buffer[...].fields(separatedBy: 0x09, maxSplits: maxSplits).map { String(decoding: buffer[$0], as: UTF8.self) }
    }
  }

  @Test func aStampLineSplitsIntoItsFieldsAndAPathThatKeepsItsTabs() {
    #expect(fields("k\t27\t1528521\tseeds/a\tb.txt", maxSplits: 3) == ["k", "27", "1528521", "seeds/a\tb.txt"])
  }

  @Test func aLineWithFewerSeparatorsThanAllowedGivesTheFieldsItHas() {
    #expect(fields("k\t2\t40", maxSplits: 7) == ["k", "2", "40"])
  }

  @Test func aTrailingSeparatorLeavesAnEmptyLastField() {
    #expect(fields("k\t2\t") == ["k", "2", ""])
    #expect(fields("") == [""])
  }
}
