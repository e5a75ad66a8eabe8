import Foundation

/// Answers `claimgraph quotes NAME`: every quote attributed to the person or
/// organisation whose name or any alias matches NAME, ignoring case and
/// diacritics, with or without a title before the name.
public struct QuoteSearch {
  public struct Hit: Equatable {
    public let speaker: String
    public let document: String
    public let date: String?
    public let title: String
    public let kind: String
    public let text: String
    public let sentence: Int
    public let measures: [String]
  }

  public enum SearchError: Error, CustomStringConvertible {
    case unreadableGraph(String)
    public var description: String {
      switch self {
      case .unreadableGraph(let path): return "\(path): not a ClaimGraph graph.json (run `claimgraph run` first)"
      }
    }
  }

  private let graph: JSONValue

  public init(graphFile path: String) throws(SearchError) {
    guard let data = FileManager.default.contents(atPath: path), let graph = JSONValue.parse(data), graph["entities"] != nil else {
      throw .unreadableGraph(path)
    }
    self.graph = graph
  }

  /// The entities whose name or an alias matches `query`: the whole query, or
  /// the query without leading title words (`President Tokayev` → `Tokayev`).
  public func speakers(matching query: String) -> [(id: String, name: String)] {
    let wanted = EntityID.searchKey(query)
    let words = wanted.split(separator: " ")
    let tails = words.indices.map { words[$0...].joined(separator: " ") }
    var found: [(String, String)] = []
    for entity in graph["entities"]?.arrayValue ?? [] {
      guard let id = entity["id"]?.stringValue, let name = entity["name"]?.stringValue,
            entity["type"]?.stringValue != EntityLabel.law.rawValue else { continue }
      let names = [name] + (entity["aliases"]?.arrayValue ?? []).compactMap(\.stringValue)
      let keys = Set(names.map(EntityID.searchKey))
      if let tail = tails.first(where: keys.contains), !tail.isEmpty {
        found.append((id, name))
      }
    }
    return found
  }

  public func quotes(by speakerIDs: Set<String>) -> [Hit] {
    var names: [String: String] = [:]
    for entity in graph["entities"]?.arrayValue ?? [] {
      if let id = entity["id"]?.stringValue, let name = entity["name"]?.stringValue { names[id] = name }
    }
    var documents: [String: (date: String?, title: String)] = [:]
    for document in graph["documents"]?.arrayValue ?? [] {
      if let id = document["id"]?.stringValue {
        documents[id] = (document["date"]?.stringValue, document["title"]?.stringValue ?? "")
      }
    }
    return (graph["quotes"]?.arrayValue ?? []).compactMap { quote in
      guard let speaker = quote["speaker"]?.stringValue, speakerIDs.contains(speaker),
            let document = quote["document"]?.stringValue else { return nil }
      return Hit(speaker: names[speaker] ?? speaker, document: document, date: documents[document]?.date,
                 title: documents[document]?.title ?? "", kind: quote["kind"]?.stringValue ?? "",
                 text: quote["text"]?.stringValue ?? "", sentence: quote["sentence"]?.intValue ?? 0,
                 measures: (quote["measures"]?.arrayValue ?? []).compactMap(\.stringValue).map { names[$0] ?? $0 })
    }
  }
}
