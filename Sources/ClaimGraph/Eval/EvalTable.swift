import Foundation

extension Evaluator.Report {
  /// The score table `claimgraph eval` prints.
  public func table() -> String {
    func number(_ value: Double) -> String { String(format: "%.3f", value) }
    func row(_ name: String, _ counts: Evaluator.Counts, _ lenient: Evaluator.Counts? = nil) -> String {
      var line = name.padding(toLength: 18, withPad: " ", startingAt: 0)
      line += [number(counts.precision), number(counts.recall), number(counts.f1)].map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
      line += "\(counts.truePositives)/\(counts.truePositives + counts.falseNegatives) gold, \(counts.truePositives + counts.falsePositives) predicted"
      if let lenient { line += "   lenient F1 \(number(lenient.f1))" }
      return line
    }
    var lines = ["documents: \(documents)" + (missingPredictions.isEmpty ? "" : " (no prediction for: \(missingPredictions.joined(separator: ", ")))"),
                 "", "ENTITIES (strict)   P       R       F1      counts"]
    for label in EntityLabel.allCases {
      lines.append(row("  " + label.rawValue, strict[label] ?? .init(), lenient[label] ?? .init()))
    }
    lines.append(row("  overall", strictOverall, lenientOverall))
    lines += ["", "NORMALISATION       accuracy"]
    for label in [EntityLabel.date, .money] {
      let accuracy = normalization[label] ?? .init()
      lines.append("  \(label.rawValue)".padding(toLength: 20, withPad: " ", startingAt: 0) + "\(number(accuracy.value))  (\(accuracy.right)/\(accuracy.total))")
    }
    lines += ["", "QUOTES              P       R       F1      counts"]
    for kind in [Quote.Kind.direct, .indirect] {
      lines.append(row("  " + kind.rawValue, quotes[kind] ?? .init()))
    }
    lines.append(row("  overall", quotesOverall))
    lines += ["", "SPEAKER ACCURACY    accuracy"]
    for kind in [Quote.Kind.direct, .indirect] {
      let accuracy = speakers[kind] ?? .init()
      lines.append("  \(kind.rawValue)".padding(toLength: 20, withPad: " ", startingAt: 0) + "\(number(accuracy.value))  (\(accuracy.right)/\(accuracy.total))")
    }
    lines.append("")
    lines.append("ABOUT ACCURACY      \(number(about.value))  (\(about.right)/\(about.total))")
    return lines.joined(separator: "\n")
  }
}

/// Reads every `*.json` annotation in a folder, keyed by its `doc` field (else file stem).
public enum AnnotationFolder {
  public static func load(_ path: String) throws(InputError) -> [String: JSONValue] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { throw .notFound(path) }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    var documents: [String: JSONValue] = [:]
    for name in names {
      let file = (path as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: file), let value = JSONValue.parse(data) else { continue }
      documents[value["doc"]?.stringValue ?? String(name.dropLast(5))] = value
    }
    return documents
  }
}
