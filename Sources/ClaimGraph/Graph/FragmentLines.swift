import Foundation

/// A graph fragment's mention or quote lines: bytes of its own when the
/// fragment was made from a document now, or where they lie in the annotation
/// cache's pack when it was read back from there, to be read again only when
/// the graph is written.
///
/// An incremental run reads back every document's fragment; copying its
/// lines into arrays of their own (22 MB for 1,000 documents) grew the
/// workers' heaps a page at a time, and was most of reading the cache.
enum FragmentLines: Sendable {
  case bytes([UInt8])
  /// `length` bytes at `offset` of `file`, which stays open while a fragment names it.
  case stored(PackFile, offset: Int, length: Int)

  var isEmpty: Bool {
    switch self {
    case .bytes(let bytes): bytes.isEmpty
    case .stored(_, _, let length): length == 0
    }
  }

  /// How many bytes the lines are.
  var byteCount: Int {
    switch self {
    case .bytes(let bytes): bytes.count
    case .stored(_, _, let length): length
    }
  }

  /// How much memory the lines take: a stored fragment's take none until they are read.
  var heldBytes: Int {
    if case .bytes(let bytes) = self { return bytes.capacity }
    return 0
  }

  /// The error for lines that name entries their fragment does not have: where they lie.
  var damage: FileBytes.ReadError {
    switch self {
    case .bytes: FileBytes.ReadError(path: "a graph fragment", reason: "its lines name entries it does not have")
    case .stored(let file, let offset, let length):
      FileBytes.ReadError(path: file.path, reason: "damaged graph lines in the \(length) bytes at offset \(offset)")
    }
  }

  /// Hands `body` the lines' bytes, reading stored ones into `buffer` (kept by the caller from one
  /// fragment to the next).
  /// - Throws: ``FileBytes/ReadError`` when stored lines can no longer be read whole.
  func withBytes<Result>(readingInto buffer: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
    switch self {
    case .bytes(let bytes):
      return try bytes.withUnsafeBufferPointer(body)
    case .stored(let file, let offset, let length):
      guard let result = try file.withBytes(at: offset, length: length, readingInto: &buffer, { try body($0) }) else {
        throw FileBytes.ReadError(path: file.path, reason: "\(length) bytes at offset \(offset) cannot be read")
      }
      return result
    }
  }
}

extension FragmentLines: Equatable {
  /// Lines are equal when their bytes are, wherever they are kept.
  static func == (left: FragmentLines, right: FragmentLines) -> Bool {
    var leftBuffer: [UInt8] = [], rightBuffer: [UInt8] = []
    let equal = try? left.withBytes(readingInto: &leftBuffer) { leftBytes in
      try right.withBytes(readingInto: &rightBuffer) { rightBytes in leftBytes.elementsEqual(rightBytes) }
    }
    return equal ?? false
  }
}
