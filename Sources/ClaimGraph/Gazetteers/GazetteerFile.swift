import Foundation

/// The data lines of one gazetteer file: `#` comments and blank lines
/// dropped, each line split on tabs, with its line number kept for errors.
struct GazetteerFile {
  struct Line {
    let number: Int
    let fields: [String]
  }

  let path: String
  let lines: [Line]

  init(directory: String, name: String) throws(GazetteerError) {
    let path = (directory as NSString).appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: path),
          let text = String(data: data, encoding: .utf8) else { throw .unreadable(file: path) }
    self.path = path
    var lines: [Line] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.last == "\r" ? raw.dropLast() : raw
      guard let first = line.first, first != "#" else { continue }
      // Most lines of the large lists are one plain item: skip Foundation's trimming for them.
      if !first.isWhitespace, !line.last!.isWhitespace, !line.contains("\t") {
        lines.append(Line(number: index + 1, fields: [String(line)]))
        continue
      }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      lines.append(Line(number: index + 1, fields: line.split(separator: "\t", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }))
    }
    self.lines = lines
  }

  /// Every line's first field, for one-item-a-line lists.
  var items: [String] { lines.map { $0.fields[0] } }

  /// Lines with exactly `count` fields (a trailing field may be empty when `optionalLast`).
  func records(fields count: Int, optionalLast: Bool = false) throws(GazetteerError) -> [Line] {
    for line in lines {
      let ok = line.fields.count == count || (optionalLast && line.fields.count == count - 1)
      if !ok {
        throw .malformed(file: path, line: line.number, problem: "expected \(count) tab-separated fields, found \(line.fields.count)")
      }
    }
    return lines
  }

  func fail(_ line: Line, _ problem: String) -> GazetteerError {
    .malformed(file: path, line: line.number, problem: problem)
  }
}
