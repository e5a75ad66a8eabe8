import Foundation

/// The annotation cache's record of which file each document's entry was
/// made from (`DIR/.cache/stamps`): a header with a hash of the cache's salt,
/// then a line a document, `key TAB device TAB inode TAB size TAB modified
/// TAB changed TAB id TAB path`.
///
/// Records made under another salt (other gazetteers, limits or format) are
/// not read, since their keys name entries this run would not make.
enum StampFile {
  static let name = "stamps"

  struct Record: Equatable {
    let path: String
    let id: String
    let identity: FileStamp.Identity
    let key: String
  }

  private static func header(salt: String) -> String {
    var hash = ContentHash()
    hash.combine(salt)
    return "ClaimGraph stamps 1 " + hash.hex
  }

  /// The records in the file at `path`, by path; nil when it is missing, or made under another salt.
  /// A damaged line is left out: every line stands alone. Read on the bytes: a run reads a line for
  /// every document before any is processed, and splitting `String`s cost 6 µs a line.
  static func read(from path: String, salt: String) -> [String: Record]? {
    guard case .bytes(let data, _) = FileBytes.read(path) else { return nil }
    return data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)[...]
      let expected = Array((header(salt: salt) + "\n").utf8)
      guard bytes.starts(with: expected) else { return nil }
      var records: [String: Record] = [:]
      var start = expected.count
      while start < bytes.endIndex {
        let end = bytes.index(ofByte: 0x0A, from: start) ?? bytes.endIndex
        if let record = Self.record(bytes[start..<end]) { records[record.path] = record }
        start = end + 1
      }
      return records
    }
  }

  private static func record(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> Record? {
    // Seven fields split at tabs, and the path, the rest of the line.
    let fields = line.fields(separatedBy: 0x09, maxSplits: 7)
    func number(_ range: Range<Int>) -> UInt64? { line.decimalNumber(in: range, maxDigits: 19) }
    guard fields.count == 8, fields[0].count == 32, !fields[6].isEmpty, !fields[7].isEmpty,
          let device = number(fields[1]), let inode = number(fields[2]),
          let size = number(fields[3]).flatMap(Int64.init(exactly:)),
          let modified = number(fields[4]).flatMap(Int64.init(exactly:)),
          let changed = number(fields[5]).flatMap(Int64.init(exactly:)) else { return nil }
    func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: line.base[range]), as: UTF8.self) }
    let identity = FileStamp.Identity(device: device, inode: inode, size: size, modified: modified, changed: changed)
    return Record(path: text(fields[7]), id: text(fields[6]), identity: identity, key: text(fields[0]))
  }

  /// Writes `records` to `path`, replacing the file whole; a record whose path or id holds a tab or
  /// line break is left out (its document is read again next time). Written on the bytes: a run
  /// writes a line for every document, and walking each path by `Character` cost more than the rest.
  static func write(_ records: [Record], to path: String, salt: String) throws(AtomicFile.WriteError) {
    var bytes = Array((header(salt: salt) + "\n").utf8)
    for record in records where !breaksALine(record.path) && !breaksALine(record.id) {
      let identity = record.identity
      bytes.append(contentsOf: record.key.utf8)
      for text in [String(identity.device), String(identity.inode), String(identity.size), String(identity.modified),
                   String(identity.changed), record.id, record.path] {
        bytes.append(0x09)
        bytes.append(contentsOf: text.utf8)
      }
      bytes.append(0x0A)
    }
    try AtomicFile.write(bytes, to: path)
  }

  /// Whether `text` holds a tab or anything `Character.isNewline` calls a line break (line and
  /// paragraph separators, next line, vertical tab, form feed, carriage return, line feed).
  static func breaksALine(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      switch (previous.0, previous.1, byte) {
      case (_, _, 0x09...0x0D), (_, 0xC2, 0x85), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9): return true
      default: previous = (previous.1, byte)
      }
    }
    return false
  }
}
