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

  /// The records in the file at `path`, by path; none when it is missing, or made under another salt.
  /// A damaged line is left out: every line stands alone.
  static func read(from path: String, salt: String) -> [String: Record] {
    guard case .bytes(let data, _) = FileBytes.read(path) else { return [:] }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first.map(String.init) == header(salt: salt) else { return [:] }
    var records: [String: Record] = [:]
    for line in lines.dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 8, fields[0].utf8.count == 32,
            let device = UInt64(fields[1]), let inode = UInt64(fields[2]), let size = Int64(fields[3]),
            let modified = Int64(fields[4]), let changed = Int64(fields[5]), !fields[6].isEmpty, !fields[7].isEmpty else { continue }
      let identity = FileStamp.Identity(device: device, inode: inode, size: size, modified: modified, changed: changed)
      records[String(fields[7])] = Record(path: String(fields[7]), id: String(fields[6]), identity: identity, key: String(fields[0]))
    }
    return records
  }

  /// Writes `records` to `path`, replacing the file whole; a record whose path or id holds a tab or
  /// line break is left out (its document is read again next time).
  static func write(_ records: [Record], to path: String, salt: String) throws(AtomicFile.WriteError) {
    var text = header(salt: salt) + "\n"
    for record in records where !(record.path + record.id).contains(where: { $0 == "\t" || $0.isNewline }) {
      let identity = record.identity
      text += [record.key, "\(identity.device)", "\(identity.inode)", "\(identity.size)", "\(identity.modified)", "\(identity.changed)",
               record.id, record.path].joined(separator: "\t") + "\n"
    }
    try AtomicFile.write(text, to: path)
  }
}
