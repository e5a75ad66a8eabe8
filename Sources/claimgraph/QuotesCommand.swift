import ClaimGraph
import Foundation

struct QuotesCommand: Command {
  static let name = "quotes"
  static let usage = """
  Every quote attributed to a person or organisation, or about a measure.

  USAGE: claimgraph quotes [NAME] [--about MEASURE] [--from DATE] [--to DATE] [--kind direct|indirect]
                           [--format text|json|csv|markdown] [--graph FILE]

  ARGUMENTS:
    NAME                 any name or alias of the speaker, with or without a title; case, diacritics and small
                         differences of spelling or transliteration are forgiven (Yeargalieva finds Yergalieva)

  OPTIONS:
    --about MEASURE      only quotes about this measure (any of its names, or words of one: "urgent action plan");
                         without NAME, everyone quoted about it
    --from DATE          only quotes from documents dated DATE or later (2021, 2021-06 or 2021-06-10)
    --to DATE            only quotes from documents dated DATE or earlier (--to 2021 keeps all of 2021)
    --kind KIND          direct (quotation marks) or indirect (reported speech)
    --format FORMAT      text (default), json, csv or markdown
    --graph FILE         the graph to search (default: output/graph.json)
    --gazetteers DIR     where titles.txt is, to ignore a title before the name (default: ./gazetteers)

  EXIT STATUS: 0 the name or measure was found (even when no quote passes the filters), 1 nothing by that name
  (the closest names are suggested), 64 usage error
  """

  let name: String?
  let about: String?
  let filter: QuoteSearch.Filter
  let format: QuoteListing.Format
  let graph: String
  let gazetteers: String

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: ["--graph", "--about", "--from", "--to", "--kind", "--format", "--gazetteers"],
                                    command: Self.name)
    name = reader.positional.isEmpty ? nil : reader.positional.joined(separator: " ")
    about = reader.value("--about")
    guard name != nil || about != nil else { throw UsageError(message: "quotes: name a person or organisation, or a measure with --about") }
    var filter = QuoteSearch.Filter(from: try Self.date(reader.value("--from"), option: "--from"),
                                    to: try Self.date(reader.value("--to"), option: "--to"))
    if let kind = reader.value("--kind") {
      guard kind == "direct" || kind == "indirect" else { throw UsageError(message: "quotes: --kind takes direct or indirect, not \"\(kind)\"") }
      filter.kind = kind
    }
    self.filter = filter
    let formatName = reader.value("--format") ?? "text"
    guard let format = QuoteListing.Format(rawValue: formatName) else {
      throw UsageError(message: "quotes: --format takes \(QuoteListing.Format.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(formatName)\"")
    }
    self.format = format
    graph = reader.value("--graph") ?? "output/graph.json"
    gazetteers = reader.value("--gazetteers") ?? Lexicon.defaultDirectory()
  }

  private static func date(_ text: String?, option: String) throws(UsageError) -> String? {
    guard let text else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    let valid = parts.count <= 3 && parts.enumerated().allSatisfy { index, part in
      part.count == widths[index] && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
    }
    guard valid else { throw UsageError(message: "quotes: \(option) takes a date as 2021, 2021-06 or 2021-06-10, not \"\(text)\"") }
    return text
  }

  func run() throws -> Int32 {
    let titles: [String]
    do {
      titles = try TitleList.load(directory: gazetteers)
    } catch {
      standardError("warning: \(error); a title before the name will not be ignored")
      titles = []
    }
    let search = QuoteSearch(index: try GraphIndex(graphFile: graph), titles: titles)
    var filter = self.filter
    var heading = QuoteListing.Heading(speakers: [], measures: [], filter: filter)
    if let name {
      heading.speakers = search.speakers(matching: name)
      guard !heading.speakers.isEmpty else {
        return nothingFound("nobody called \"\(name)\"", suggestions: search.suggestions(forSpeaker: name))
      }
      filter.speakers = Set(heading.speakers.map(\.entity.id))
    }
    if let about {
      heading.measures = search.measures(matching: about)
      guard !heading.measures.isEmpty else {
        return nothingFound("no measure called \"\(about)\"", suggestions: search.suggestions(forMeasure: about))
      }
      filter.measures = Set(heading.measures.map(\.entity.id))
    }
    let listing = QuoteListing(heading: heading, hits: search.quotes(filter))
    FileHandle.standardOutput.write(Data(listing.rendered(as: format).utf8))
    return 0
  }

  private func nothingFound(_ problem: String, suggestions: [GraphRecord.Entity]) -> Int32 {
    var message = "claimgraph quotes: \(problem) in \(graph)"
    if !suggestions.isEmpty {
      message += "\nClosest names in the graph:\n" + suggestions.map { "  \($0.name) (\($0.quotes) quote\($0.quotes == 1 ? "" : "s"))" }.joined(separator: "\n")
    }
    standardError(message)
    return 1
  }
}
