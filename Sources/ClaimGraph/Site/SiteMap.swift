/// Which pages the site has, where each lives, and which quotes each shows.
///
/// A speaker page is written for each PERSON or ORG with at least one quote,
/// a measure page for each LAW, a document page for each document.
struct SiteMap: Sendable {
  let index: GraphIndex
  /// Quotes in graph order.
  let quotes: [NumberedQuote]
  /// PERSON and ORG entities with quotes, in id order.
  let speakers: [GraphRecord.Entity]
  /// LAW entities, in id order.
  let measures: [GraphRecord.Entity]
  /// Documents in graph order; of two with one id, the first.
  let documents: [GraphRecord.Document]

  private let pages: [String: String]
  private let quotesBySpeaker: [String: [Int]]
  private let quotesByMeasure: [String: [Int]]
  private let quotesByDocument: [String: [Int]]

  init(index: GraphIndex) {
    self.index = index
    var counters: [String: Int] = [:]
    quotes = index.quotes.enumerated().map { position, quote in
      counters[quote.document, default: 0] += 1
      return NumberedQuote(quote: quote, number: counters[quote.document]!, position: position)
    }
    var bySpeaker: [String: [Int]] = [:], byMeasure: [String: [Int]] = [:], byDocument: [String: [Int]] = [:]
    for (position, quote) in index.quotes.enumerated() {
      if let speaker = quote.speaker { bySpeaker[speaker, default: []].append(position) }
      // A measure named twice in one statement still lists the statement once.
      for measure in Set(quote.measures) { byMeasure[measure, default: []].append(position) }
      byDocument[quote.document, default: []].append(position)
    }
    quotesBySpeaker = bySpeaker
    quotesByMeasure = byMeasure.mapValues { $0.sorted() }
    quotesByDocument = byDocument
    speakers = index.entities.filter { $0.type != .law && bySpeaker[$0.id] != nil }
    measures = index.entities.filter { $0.type == .law }

    var names = PageNames()
    var pages: [String: String] = [:]
    for speaker in speakers { pages["entity " + speaker.id] = names.entityPage(speaker.id, in: "speakers") }
    for measure in measures { pages["entity " + measure.id] = names.entityPage(measure.id, in: "measures") }
    var documents: [GraphRecord.Document] = []
    for document in index.documents where pages["document " + document.id] == nil {
      pages["document " + document.id] = names.documentPage(document.id, in: "documents")
      documents.append(document)
    }
    self.documents = documents
    self.pages = pages
  }

  /// The speaker or measure page of an entity id, relative to the top folder; nil when it has none.
  func page(ofEntity id: String) -> String? { pages["entity " + id] }

  /// The page of a document id, relative to the top folder.
  func page(ofDocument id: String) -> String? { pages["document " + id] }

  /// The document page scrolled to the quote: `documents/001_7625.html#quote-2`.
  func passage(_ quote: NumberedQuote) -> String? {
    page(ofDocument: quote.quote.document).map { "\($0)#\(quote.anchor)" }
  }

  func quotes(by speaker: String) -> [NumberedQuote] { (quotesBySpeaker[speaker] ?? []).map { quotes[$0] } }
  func quotes(about measure: String) -> [NumberedQuote] { (quotesByMeasure[measure] ?? []).map { quotes[$0] } }
  func quotes(in document: String) -> [NumberedQuote] { (quotesByDocument[document] ?? []).map { quotes[$0] } }

  /// A document's title, or its id when it has none.
  func title(of document: GraphRecord.Document) -> String { document.title.isEmpty ? document.id : document.title }

  /// Who made a statement: the speaker entity's name, the name a source goes by, or `unnamed source`.
  func speakerName(of quote: GraphRecord.Quote) -> String {
    index.speakerName(of: quote) ?? "unnamed source"
  }

  /// The date a quote is dated by: its document's.
  func date(of quote: NumberedQuote) -> String? { index.date(of: quote.quote) }
}
