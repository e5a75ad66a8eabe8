import Foundation

extension Slice where Base == UnsafeBufferPointer<UInt8> {
  /// Where `byte` first occurs at or after `start`: by `memchr`, which reads many bytes a step, where a
  /// loop over the slice reads one. The graph's spill files and cached fragments are scanned line by line.
  func index(ofByte byte: UInt8, from start: Int) -> Int? {
    guard start < endIndex, let base = base.baseAddress,
          let found = memchr(base + start, Int32(byte), endIndex - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The field that begins at `start` and ends at the next `separator` or at the end, and where the
  /// field after it begins (nil when none follows): spill lines and cached fragments are tab-separated.
  func field(from start: Int, endingAt separator: UInt8) -> (field: Range<Int>, next: Int?) {
    guard let end = index(ofByte: separator, from: start) else { return (start..<Swift.max(start, endIndex), nil) }
    return (start..<end, end + 1)
  }

  /// The slice's fields, split at `separator` at most `maxSplits` times: the last field then runs to
  /// the slice's end, separators and all. The lines of the cache's files are tab-separated.
  func fields(separatedBy separator: UInt8, maxSplits: Int = .max) -> [Range<Int>] {
    var fields: [Range<Int>] = [], start = startIndex
    while fields.count < maxSplits {
      let (field, next) = field(from: start, endingAt: separator)
      fields.append(field)
      guard let next else { return fields }
      start = next
    }
    fields.append(start..<endIndex)
    return fields
  }

  /// The number `range` spells in decimal digits and nothing else, at most `maxDigits` of them (19 fit
  /// in 64 bits): the counts of cached fragments, the times and sizes of the cache's file stamps, and
  /// the days and years of dates.
  func decimalNumber(in range: Range<Int>, maxDigits: Int) -> UInt64? {
    guard !range.isEmpty, range.count <= maxDigits else { return nil }
    var value: UInt64 = 0
    for index in range {
      let digit = base[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + UInt64(digit)
    }
    return value
  }
}
