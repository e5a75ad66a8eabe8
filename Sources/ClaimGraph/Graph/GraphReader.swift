import Foundation

/// Reads `graph.json` one record at a time, in the order the file holds them:
/// documents, entities, mentions, quotes.
///
/// `claimgraph run` writes one record a line, so the reader streams and memory
/// stays flat for a graph of any size; a graph laid out another way (pretty
/// printed by another tool, say) is parsed whole instead.
public struct GraphReader: Sendable {
  public struct ReadError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
  }

  public let path: String

  /// - Throws: ``ReadError`` when the file is missing or does not begin as a ClaimGraph graph.
  public init(path: String) throws(ReadError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw ReadError(path: path, reason: "no such file (run `claimgraph run` first, or name the graph with --graph)")
    }
    guard !isFolder.boolValue else { throw ReadError(path: path, reason: "is a folder, not a graph.json file") }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw ReadError(path: path, reason: "cannot be opened for reading") }
    defer { try? handle.close() }
    let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
    guard head.drop(while: \.isWhitespace).first == "{", head.contains("\"version\"") || head.contains("\"documents\"") else {
      throw ReadError(path: path, reason: "not a ClaimGraph graph.json (it should begin {\"version\": …, \"documents\": [)")
    }
    self.path = path
  }

  /// Calls `visit` with every record in file order.
  public func forEach(_ visit: (GraphRecord) throws -> Void) throws {
    if try !streamLines(visit) { try parseWhole(visit) }
  }

  private static let sections = ["documents", "entities", "mentions", "quotes"]

  /// Reads the one-record-a-line layout; false, having visited nothing, when the file is laid out otherwise.
  private func streamLines(_ visit: (GraphRecord) throws -> Void) throws -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw ReadError(path: path, reason: "cannot be opened for reading") }
    defer { try? handle.close() }
    var layout = LineLayout(path: path)
    var pending = Data()
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      pending.append(chunk)
      var consumed = pending.startIndex
      while let newline = pending[consumed...].firstIndex(of: 0x0A) {
        switch try layout.read(pending[consumed..<newline]) {
        case .record(let record): try visit(record)
        case .other: break
        case .anotherLayout: return false
        }
        consumed = pending.index(after: newline)
      }
      pending.removeSubrange(pending.startIndex..<consumed)
    }
    if !pending.isEmpty, case .anotherLayout = try layout.read(pending) { return false }
    return layout.sawSection
  }

  /// Where a line of the one-record-a-line layout falls: which array it is in, what it holds.
  private struct LineLayout {
    enum Line {
      case record(GraphRecord)
      /// A brace, the version, an array's start or end.
      case other
      /// Not this layout: a record over several lines, or an unknown member before the arrays.
      case anotherLayout
    }

    let path: String
    var section: String?
    var sawSection = false
    var lineNumber = 0
    var records = 0

    init(path: String) { self.path = path }

    mutating func read(_ bytes: Data) throws(ReadError) -> Line {
      lineNumber += 1
      // Records are most of a graph: find them on the bytes, without making a String of the line.
      var start = bytes.startIndex, end = bytes.endIndex
      while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
      if let current = section, start < end, bytes[start] == UInt8(ascii: "{") {
        if bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        guard let json = JSONValue.parse(bytes[start..<end]) else { return try notARecord(in: current) }
        guard let record = GraphRecord(section: current, json: json) else {
          throw ReadError(path: path, reason: "line \(lineNumber): a \"\(current)\" record lacks a required field")
        }
        records += 1
        return .record(record)
      }
      let text = String(decoding: bytes[start..<end], as: UTF8.self)
      if let name = GraphReader.sections.first(where: { text == "\"\($0)\": [" || text == "\"\($0)\": []," || text == "\"\($0)\": []" }) {
        section = text.hasSuffix("[") ? name : nil
        sawSection = true
        return .other
      }
      if text.hasPrefix("]") { section = nil; return .other }
      guard let current = section else {
        // Before the first array only the opening brace and the version line belong; later
        // top-level members are left to newer readers.
        return sawSection || text == "{" || text.hasPrefix("\"version\"") ? .other : .anotherLayout
      }
      return try notARecord(in: current)
    }

    /// A record spread over several lines is another layout, which only a whole parse reads; after
    /// records have been read, the file is damaged.
    private func notARecord(in current: String) throws(ReadError) -> Line {
      guard records > 0 else { return .anotherLayout }
      throw ReadError(path: path, reason: "line \(lineNumber): not a JSON record in \"\(current)\"")
    }
  }

  private func parseWhole(_ visit: (GraphRecord) throws -> Void) throws {
    guard let data = FileManager.default.contents(atPath: path), let graph = JSONValue.parse(data) else {
      throw ReadError(path: path, reason: "not valid JSON")
    }
    for section in Self.sections {
      for (index, member) in (graph[section]?.arrayValue ?? []).enumerated() {
        guard let record = GraphRecord(section: section, json: member) else {
          throw ReadError(path: path, reason: "\(section)[\(index)] lacks a required field")
        }
        try visit(record)
      }
    }
  }
}
