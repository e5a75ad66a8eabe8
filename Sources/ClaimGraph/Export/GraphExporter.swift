import Foundation

/// Writes one export format of the graph into a folder of its own, reading
/// the graph's records once, in file order (documents, entities, mentions,
/// quotes), so that memory stays flat however large the graph.
protocol GraphExporter: AnyObject {
  /// Creates the format's files in `folder`, which exists and is empty.
  init(folder: URL) throws
  func add(_ record: GraphRecord) throws
  /// Completes and closes every file.
  func finish() throws
}

/// The export formats `claimgraph export` and `claimgraph run` write, each
/// into `<out>/export/<format>/` (described in docs/exports.md).
public enum ExportFormat: String, CaseIterable, Sendable {
  /// `graph.jsonl`: one node or relationship a line.
  case jsonl
  /// CSV files for `neo4j-admin database import full`.
  case neo4j
  /// `schema.sql`, CSV tables and load scripts for PostgreSQL and SQLite.
  case sql
  /// `graph.jsonld`: schema.org types, for RDF stores.
  case jsonld

  var exporter: any GraphExporter.Type {
    switch self {
    case .jsonl: return JSONLinesExporter.self
    case .neo4j: return Neo4jExporter.self
    case .sql: return SQLExporter.self
    case .jsonld: return JSONLDExporter.self
    }
  }

  /// Parses `jsonl,sql` or `all`.
  public static func list(_ text: String) -> [ExportFormat]? {
    if text == "all" { return allCases }
    let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let formats = names.compactMap(ExportFormat.init(rawValue:))
    return formats.count == names.count && !formats.isEmpty ? formats : nil
  }
}

/// Exports a graph file in several formats at once.
public enum GraphExport {
  /// Reads `graph` once and writes each format into `folder/<format>/`.
  ///
  /// Every format is written into a staging folder beside `folder` first and
  /// renamed into place only when all are complete: a failed or killed export
  /// leaves the previous one whole.
  public static func write(_ formats: [ExportFormat], graph: String, into folder: String) throws {
    let reader = try GraphReader(path: graph)
    let target = URL(fileURLWithPath: folder)
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let folders = try formats.map { format throws(AtomicFile.WriteError) in
      try AtomicFolder(replacing: target.appendingPathComponent(format.rawValue))
    }
    do {
      // A constant, so that the closure below reads it without an exclusivity check per record.
      let exporters: [any GraphExporter] = try zip(formats, folders).map { format, folder in
        try format.exporter.init(folder: folder.staging)
      }
      try reader.forEach { record in
        for exporter in exporters { try exporter.add(record) }
      }
      for exporter in exporters { try exporter.finish() }
    } catch {
      for folder in folders { folder.abandon() }
      throw error
    }
    for folder in folders { try folder.commit() }
  }
}
