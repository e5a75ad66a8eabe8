import Foundation

/// Reads the source text of the graph's documents, decoded as `claimgraph
/// run` decoded it (a UTF-8 byte-order mark dropped), so that the graph's
/// scalar offsets point into it.
public struct SourceTexts: Sendable {
  /// A text, or why there is none.
  enum Outcome: Equatable {
    case text(String)
    case unreadable(reason: String)
  }

  private let read: @Sendable (String) -> Outcome

  /// Texts read from disk; a relative document path is taken from `folder`,
  /// as `claimgraph run` was given it from the folder it ran in.
  ///
  ///     SourceTexts(folder: FileManager.default.currentDirectoryPath)
  public init(folder: String) {
    read = { path in
      let resolved = path.hasPrefix("/") ? path : URL(fileURLWithPath: folder).appendingPathComponent(path).path
      guard let data = FileManager.default.contents(atPath: resolved) else {
        return .unreadable(reason: FileManager.default.fileExists(atPath: resolved)
                           ? CorpusRunner.unreadableReason(resolved) : "no such file")
      }
      switch TextDecoder.decode(data) {
      case .text(let text, _): return .text(text)
      case .skipped(let reason): return .unreadable(reason: reason)
      }
    }
  }

  /// Texts given in memory, by document path.
  init(texts: [String: String]) {
    read = { path in texts[path].map(Outcome.text) ?? .unreadable(reason: "no such file") }
  }

  func text(atPath path: String) -> Outcome { read(path) }
}
