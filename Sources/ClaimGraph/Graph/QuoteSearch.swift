import Foundation

/// Answers a journalist's question of the graph: every quote by a speaker,
/// about a measure, in a period, of a kind (`claimgraph quotes`).
public struct QuoteSearch: Sendable {
  /// Which quotes to keep; nil keeps all.
  public struct Filter: Sendable {
    public var speakers: Set<String>?
    public var measures: Set<String>?
    /// ISO 8601 (`2021`, `2021-06`, `2021-06-10`), inclusive, compared with the document's date.
    public var from: String?
    public var to: String?
    public var kind: String?

    public init(speakers: Set<String>? = nil, measures: Set<String>? = nil, from: String? = nil, to: String? = nil, kind: String? = nil) {
      self.speakers = speakers
      self.measures = measures
      self.from = from
      self.to = to
      self.kind = kind
    }

    /// Whether a quote dated `date` falls in the period: a quote from an undated document falls in none.
    func covers(_ date: String?) -> Bool {
      guard from != nil || to != nil else { return true }
      guard let date else { return false }
      if let from, date < from, !from.hasPrefix(date) { return false }
      // `--to 2021` keeps all of 2021: compare as many characters as the bound has.
      if let to, String(date.prefix(to.count)) > to { return false }
      return true
    }
  }

  /// One quote with what a reader needs beside it.
  public struct Hit: Sendable, Equatable {
    public let quote: GraphRecord.Quote
    /// The speaker's fullest name (or the name the text gives, for a speaker who is not an entity).
    public let speaker: String
    public let date: String?
    public let document: GraphRecord.Document?
    /// Measure ids and names, in the quote's order.
    public let measures: [(id: String, name: String)]

    public static func == (lhs: Hit, rhs: Hit) -> Bool { lhs.quote == rhs.quote }
  }

  public let index: GraphIndex
  private let matcher: NameMatcher

  public init(index: GraphIndex, titles: [String]) {
    self.index = index
    matcher = NameMatcher(titles: titles)
  }

  private var speakers: [GraphRecord.Entity] { index.entities.filter { $0.type == .person || $0.type == .org } }
  private var measures: [GraphRecord.Entity] { index.entities.filter { $0.type == .law } }

  /// People and organisations `name` may mean, closest first.
  public func speakers(matching name: String) -> [NameMatcher.Match] { matcher.matches(name, in: speakers) }

  /// Measures `name` may mean (`urgent action plan`, `the decree on human rights`).
  public func measures(matching name: String) -> [NameMatcher.Match] { matcher.matches(name, in: measures) }

  /// The names closest to one that matched nothing.
  public func suggestions(forSpeaker name: String) -> [GraphRecord.Entity] { matcher.closest(name, in: speakers) }
  public func suggestions(forMeasure name: String) -> [GraphRecord.Entity] { matcher.closest(name, in: measures) }

  /// The quotes the filter keeps, in graph order (documents in path order, quotes in reading order).
  public func quotes(_ filter: Filter) -> [Hit] {
    index.quotes.compactMap { quote in
      if let speakers = filter.speakers, !speakers.contains(quote.speaker ?? "") { return nil }
      if let measures = filter.measures, !quote.measures.contains(where: measures.contains) { return nil }
      if let kind = filter.kind, quote.kind != kind { return nil }
      let date = index.date(of: quote)
      guard filter.covers(date) else { return nil }
      return Hit(quote: quote, speaker: index.speakerName(of: quote) ?? "unknown speaker",
                 date: date, document: index.document(quote.document),
                 measures: quote.measures.map { ($0, index.name(of: $0)) })
    }
  }
}
