import Foundation

extension String {
  /// Whether the text is `literal`, byte for byte.
  ///
  /// `==` gives the same answer for a literal with no combining mark and none of the few
  /// characters that another single character decomposes to (`K` for the Kelvin sign, `;`
  /// for the Greek question mark, `` ` `` for the Greek varia): a text canonically equal to
  /// such a literal has its bytes. That holds for every literal the stages compare tokens
  /// with (punctuation, typographic quotes, `’s`, words). But `==`, whenever the two differ
  /// and either is not ASCII, makes Unicode's canonical comparison, normalisation data looked
  /// up scalar by scalar.
  @inline(__always)
  func isSpelled(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard utf8.count == count else { return false }
    guard count > 0 else { return true }
    return utf8.withContiguousStorageIfAvailable { bytes in
      memcmp(bytes.baseAddress!, literal.utf8Start, count) == 0
    } ?? utf8.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: count))
  }

  /// The last UTF-8 byte, read in place: `utf8.last` steps the view back one scalar generically, tens
  /// of instructions, and the sentence splitter asks it of every token.
  @inline(__always)
  var lastByte: UInt8? { utf8.withContiguousStorageIfAvailable({ $0.last }) ?? utf8.last }

  /// `body` given the text's UTF-8 bytes in place: iterating `utf8` costs tens of instructions a
  /// byte, and the recognizers scan every token's bytes for a digit, a capital or a byte beyond ASCII.
  @inline(__always)
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var native = self
    return native.withUTF8(body)
  }

  /// Nothing but ASCII.
  var isASCII: Bool { withUTF8Bytes { $0.allSatisfy { $0 < 0x80 } } }
}
