import Foundation

/// A static quote browser for one graph: every page, made one at a time for
/// ``SiteWriter`` to put on disk.
///
/// ```swift
/// let site = Site(index: try GraphIndex(graphFile: "output/graph.json"),
///                 sources: SourceTexts(folder: FileManager.default.currentDirectoryPath))
/// try SiteWriter.write(site, to: "output/site")
/// ```
///
/// Pages: `index.html` (search over people, organisations and measures),
/// `speakers/<slug>.html`, `measures/<slug>.html` and `documents/<id>.html`,
/// with `style.css`, `site.js` and `search-index.js`. Every link is relative,
/// so the site opens from `file://`. The same graph and texts give the same bytes.
public struct Site: Sendable {
  /// One file of the site: its path under the site's folder, and its contents.
  public struct File: Sendable, Equatable {
    public let path: String
    public let contents: String
  }

  private let map: SiteMap
  private let sources: SourceTexts
  public let speakerPages: Int
  public let measurePages: Int
  public let documentPages: Int

  /// The HTML pages, assets aside.
  public var pageCount: Int { 1 + speakerPages + measurePages + documentPages }

  public init(index: GraphIndex, sources: SourceTexts) {
    map = SiteMap(index: index)
    self.sources = sources
    speakerPages = map.speakers.count
    measurePages = map.measures.count
    documentPages = map.documents.count
  }

  /// Makes every file, in a fixed order (the index, assets, speakers, measures, documents), and
  /// hands each to `body` as it is made, so that a site of any size is never all in memory.
  ///
  /// - Returns: documents whose source text could not be read, or no longer fits the graph's
  ///   offsets: `seeds/000_x.txt: no such file; its page lists the quotes without the text`.
  /// - Complexity: O(*n* + *q*²) for all texts of *n* scalars in all, *q* the most quotes in one document.
  @discardableResult
  public func forEachFile(_ body: (File) throws -> Void) rethrows -> [String] {
    try body(File(path: "index.html", contents: IndexPage(map: map).html))
    try body(File(path: "style.css", contents: SiteAssets.styleSheet))
    try body(File(path: "site.js", contents: SiteAssets.script))
    try body(File(path: "search-index.js", contents: SearchIndex(map: map).script))
    for speaker in map.speakers {
      if let page = map.page(ofEntity: speaker.id) { try body(File(path: page, contents: SpeakerPage(map: map, speaker: speaker).html)) }
    }
    for measure in map.measures {
      if let page = map.page(ofEntity: measure.id) { try body(File(path: page, contents: MeasurePage(map: map, measure: measure).html)) }
    }
    var warnings: [String] = []
    for document in map.documents {
      guard let page = map.page(ofDocument: document.id) else { continue }
      let text = sources.text(atPath: document.path)
      switch text {
      case .unreadable(let reason):
        warnings.append("\(document.path): \(reason); its page lists the quotes without the text")
      case .text(let text):
        let length = text.unicodeScalars.count
        if map.quotes(in: document.id).contains(where: { $0.quote.end > length }) {
          warnings.append("\(document.path): shorter than the graph's quote offsets (changed since the graph was built?)")
        }
      }
      try body(File(path: page, contents: DocumentPage(map: map, document: document, text: text).html))
    }
    return warnings
  }

  /// Every file, made at once: for tests and small sites.
  public var files: [File] {
    var files: [File] = []
    forEachFile { files.append($0) }
    return files
  }

  /// What ``forEachFile(_:)`` returns.
  public var warnings: [String] { forEachFile { _ in } }
}
