import Foundation

/// Where the annotation cache keeps its entries' graph fragments: end to end
/// in a few pack files (`fragments-N.pack`), under an index
/// (`fragments.index`) that says where each entry's bytes lie.
///
/// With a file an entry, a clean run over 1,000 documents created 1,000
/// files more and an incremental run opened 1,000; now a run writes its new
/// entries to one new pack (see ``FragmentPackWriter``) and reads the old
/// ones with a `pread` an entry.
///
/// The index has a header with a hash of the cache's salt, then a line an
/// entry, `key TAB pack TAB offset TAB length`. It is written after the
/// packs it names, so a run killed part-way leaves the last whole run's index
/// and packs.
final class FragmentPacks: @unchecked Sendable {
  /// Where an entry's bytes lie: the pack's number, and the range within it.
  struct Location: Equatable, Sendable {
    let pack: Int
    let offset: Int
    let length: Int
  }

  static let indexName = "fragments.index"
  static let packPrefix = "fragments-", packSuffix = ".pack"
  static func packName(_ number: Int) -> String { packPrefix + String(number) + packSuffix }

  /// The entries the index names, by key: only those whose bytes lie within a pack that is there.
  let locations: [String: Location]
  /// The packs the index names, open, by number.
  private let packs: [Int: PackFile]

  /// The packs in `folder` as its index lists them; none when the index is missing or made under another salt.
  init(folder: String, salt: String) {
    let listed = Self.readIndex(folder + "/" + Self.indexName, salt: salt) ?? [:]
    var packs: [Int: PackFile] = [:]
    for number in Set(listed.values.map(\.pack)) {
      packs[number] = PackFile(path: folder + "/" + Self.packName(number))
    }
    locations = listed.filter { _, location in
      guard let size = packs[location.pack]?.size else { return false }
      return location.offset <= size - location.length
    }
    self.packs = packs
  }

  /// Hands `body` the bytes at `location`, read into `buffer` (see ``PackFile/withBytes(at:length:readingInto:_:)``),
  /// and the pack they were read from.
  func withBytes<Result>(at location: Location, readingInto buffer: inout [UInt8],
                         _ body: (UnsafeBufferPointer<UInt8>, PackFile) -> Result?) -> Result? {
    guard let pack = packs[location.pack] else { return nil }
    return pack.withBytes(at: location.offset, length: location.length, readingInto: &buffer) { body($0, pack) }
  }

  /// The pack numbered `number`, open, when the index names it and it is there.
  func pack(_ number: Int) -> PackFile? { packs[number] }

  /// The size of each pack the index names that is there, by number.
  var packSizes: [Int: Int] { packs.mapValues(\.size) }

  // MARK: - The index

  private static func header(salt: String) -> [UInt8] {
    var hash = ContentHash()
    hash.combine(salt)
    return Array("ClaimGraph fragments 1 \(hash.hex)\n".utf8)
  }

  /// The locations the index at `path` lists, by key; nil when it is missing or made under another salt.
  /// A damaged line is left out: every line stands alone.
  static func readIndex(_ path: String, salt: String) -> [String: Location]? {
    guard case .bytes(let data, _) = FileBytes.read(path) else { return nil }
    return data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)[...]
      let expected = header(salt: salt)
      guard bytes.starts(with: expected) else { return nil }
      var locations: [String: Location] = [:]
      var start = expected.count
      while start < bytes.endIndex {
        let end = bytes.index(ofByte: 0x0A, from: start) ?? bytes.endIndex
        if let (key, location) = entry(bytes[start..<end]) { locations[key] = location }
        start = end + 1
      }
      return locations
    }
  }

  private static func entry(_ line: UnsafeBufferPointer<UInt8>.SubSequence) -> (String, Location)? {
    let fields = line.fields(separatedBy: 0x09)
    func number(_ range: Range<Int>) -> Int? { line.decimalNumber(in: range, maxDigits: 15).map { Int($0) } }
    guard fields.count == 4, fields[0].count == 32,
          let pack = number(fields[1]), let offset = number(fields[2]), let length = number(fields[3]) else { return nil }
    let key = String(decoding: UnsafeBufferPointer(rebasing: line.base[fields[0]]), as: UTF8.self)
    return (key, Location(pack: pack, offset: offset, length: length))
  }

  /// Writes the index of `entries` to `path`, replacing the file whole.
  static func writeIndex(_ entries: [(key: String, location: Location)], to path: String, salt: String) throws(AtomicFile.WriteError) {
    var bytes = header(salt: salt)
    bytes.reserveCapacity(bytes.count + entries.count * 64)
    for (key, location) in entries {
      bytes.append(contentsOf: key.utf8)
      for number in [location.pack, location.offset, location.length] {
        bytes.append(0x09)
        JSONValue.writeDecimalDigits(of: number, to: &bytes)
      }
      bytes.append(0x0A)
    }
    try AtomicFile.write(bytes, to: path)
  }
}
