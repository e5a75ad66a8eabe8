import Foundation

/// The quotes `claimgraph quotes` found, written as readable text, JSON, CSV
/// or a Markdown table.
public struct QuoteListing {
  public enum Format: String, CaseIterable, Sendable {
    case text, json, csv, markdown
  }

  /// What was asked and what the names asked for matched.
  public struct Heading {
    public var speakers: [NameMatcher.Match] = []
    public var measures: [NameMatcher.Match] = []
    public var filter: QuoteSearch.Filter

    public init(speakers: [NameMatcher.Match], measures: [NameMatcher.Match], filter: QuoteSearch.Filter) {
      self.speakers = speakers
      self.measures = measures
      self.filter = filter
    }
  }

  public let heading: Heading
  public let hits: [QuoteSearch.Hit]

  public init(heading: Heading, hits: [QuoteSearch.Hit]) {
    self.heading = heading
    self.hits = hits
  }

  public func rendered(as format: Format) -> String {
    switch format {
    case .text: return text
    case .json: return json.serialized(pretty: true) + "\n"
    case .csv: return csv
    case .markdown: return markdown
    }
  }

  /// `Matched "yeargalieva" to Aida Yergalieva (person:aida-yergalieva), spelt "Yergalieva" in the graph`.
  public static func describe(_ match: NameMatcher.Match) -> String {
    let entity = "\(match.entity.name) (\(match.entity.id))"
    switch match.quality {
    case .exact where match.name == match.entity.name: return entity
    case .exact: return "\(entity) as \"\(match.name)\""
    case .partOfName: return "\(entity) by part of the name \"\(match.name)\""
    case .spelling: return "\(entity), spelt \"\(match.name)\" in the graph"
    }
  }

  private var summaryLines: [String] {
    var lines: [String] = []
    if !heading.speakers.isEmpty { lines.append("Matched: " + heading.speakers.map(Self.describe).joined(separator: "; ")) }
    if !heading.measures.isEmpty { lines.append("About: " + heading.measures.map(Self.describe).joined(separator: "; ")) }
    let filter = heading.filter
    var limits: [String] = []
    if let from = filter.from { limits.append("from \(from)") }
    if let to = filter.to { limits.append("to \(to)") }
    if let kind = filter.kind { limits.append("\(kind) quotes only") }
    if !limits.isEmpty { lines.append("Limited to: " + limits.joined(separator: ", ")) }
    return lines
  }

  private var countLine: String { "\(hits.count) quote\(hits.count == 1 ? "" : "s")" }

  private var text: String {
    var lines = summaryLines
    for hit in hits {
      lines.append("")
      let document = hit.document.map { "\($0.id) “\($0.title)”" } ?? hit.quote.document
      lines.append("\(hit.speaker) — \(hit.date ?? "undated") — \(document), sentence \(hit.quote.sentence + 1) [\(hit.quote.kind)]")
      lines.append(hit.quote.kind == "direct" ? "  “\(hit.quote.text)”" : "  (reported) \(hit.quote.text)")
      if !hit.measures.isEmpty { lines.append("  about: " + hit.measures.map(\.name).joined(separator: "; ")) }
    }
    lines.append("")
    lines.append(countLine)
    return lines.joined(separator: "\n") + "\n"
  }

  private var json: JSONValue {
    func match(_ match: NameMatcher.Match) -> JSONValue {
      .object([("id", .string(match.entity.id)), ("name", .string(match.entity.name)),
               ("matched", .string(match.name)), ("how", .string(String(describing: match.quality)))])
    }
    func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    let filter = heading.filter
    return .object([
      ("speakers", .array(heading.speakers.map(match))),
      ("measures", .array(heading.measures.map(match))),
      ("from", optional(filter.from)), ("to", optional(filter.to)), ("kind", optional(filter.kind)),
      ("count", .int(hits.count)),
      ("quotes", .array(hits.map { hit in
        .object([
          ("id", .string(hit.quote.id)),
          ("speaker", optional(hit.quote.speaker)),
          ("speakerName", .string(hit.speaker)),
          ("date", optional(hit.date)),
          ("document", .string(hit.quote.document)),
          ("title", optional(hit.document?.title)),
          ("path", optional(hit.document?.path)),
          ("kind", .string(hit.quote.kind)),
          ("cue", .string(hit.quote.cue)),
          ("text", .string(hit.quote.text)),
          ("start", .int(hit.quote.start)),
          ("end", .int(hit.quote.end)),
          ("sentence", .int(hit.quote.sentence)),
          ("measures", .array(hit.measures.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
        ])
      })),
    ])
  }

  private var csv: String {
    var rows = CSVField.header(["id", "speaker", "speaker_name", "date", "document", "title", "kind", "text", "measures", "measure_names"])
    for hit in hits {
      rows += CSVField.row([
        .text(hit.quote.id), .optional(hit.quote.speaker), .text(hit.speaker), .optional(hit.date), .text(hit.quote.document),
        .optional(hit.document?.title), .text(hit.quote.kind), .text(hit.quote.text),
        .text(hit.measures.map(\.id).joined(separator: "; ")), .text(hit.measures.map(\.name).joined(separator: "; ")),
      ])
    }
    return rows
  }

  private var markdown: String {
    func cell(_ text: String) -> String {
      text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
    var lines = summaryLines.map { "_\(cell($0))_  " }
    if !lines.isEmpty { lines.append("") }
    lines.append("| Date | Speaker | Kind | Quote | About | Document |")
    lines.append("|---|---|---|---|---|---|")
    for hit in hits {
      let quote = hit.quote.kind == "direct" ? "“\(hit.quote.text)”" : hit.quote.text
      lines.append("| " + [hit.date ?? "undated", hit.speaker, hit.quote.kind, quote, hit.measures.map(\.name).joined(separator: "; "),
                           "\(hit.quote.document), sentence \(hit.quote.sentence + 1)"].map(cell).joined(separator: " | ") + " |")
    }
    lines.append("")
    lines.append("\(countLine)")
    return lines.joined(separator: "\n") + "\n"
  }
}
