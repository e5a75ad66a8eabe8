import Foundation
import Testing

@Suite("claimgraph annotate")
struct AnnotateCommandTests {
  /// `claimgraph annotate --gazetteers <repo>/gazetteers` with `lines` on standard input.
  func annotate(_ lines: [String]) throws -> CommandResult {
    try claimgraph(["annotate", "--gazetteers", gazetteersFolder.path], input: lines.map { $0 + "\n" }.joined())
  }

  @Test func writesOneLinePerInputLineInInputOrder() throws {
    let result = try annotate([
      #"{"id": "tokayev", "text": "Kassym-Jomart Tokayev signed the decree on Thursday."}"#,
      #"{"id": "karin", "text": "Erlan Karin told the Astana Times that the decree was a step forward."}"#,
      #"{"id": "budget", "text": "The court fined the newspaper 12.96 million tenge."}"#,
    ])
    #expect(result.status == 0, "\(result)")
    let lines = try result.outputLines.map { try decode(AnnotateLine.self, fromLine: $0) }
    #expect(lines.map(\.doc) == ["tokayev", "karin", "budget"])
  }

  @Test func dateFieldFixesWhatTodayMeans() throws {
    let text = "Kassym-Jomart Tokayev signed the decree today."
    let result = try annotate([
      #"{"id": "june", "text": "\#(text)", "date": "2021-06-10"}"#,
      #"{"id": "march", "text": "\#(text)", "date": "2021-03-30"}"#,
    ])
    #expect(result.status == 0, "\(result)")
    let lines = try result.outputLines.map { try decode(AnnotateLine.self, fromLine: $0) }
    try #require(lines.count == 2)
    #expect(lines.map(\.date) == ["2021-06-10", "2021-03-30"])
    #expect(lines[0].entities?.first { $0.text == "today" }?.norm == .date("2021-06-10"))
    #expect(lines[1].entities?.first { $0.text == "today" }?.norm == .date("2021-03-30"))
  }

  @Test func statementEndingWithItsSourceAndCueIsAnnotatedAsIndirect() throws {
    let result = try annotate([#"{"id": "press", "text": "The decree was signed today, the presidential press service said."}"#])
    #expect(result.status == 0, "\(result)")
    let lines = try result.outputLines.map { try decode(AnnotateLine.self, fromLine: $0) }
    try #require(lines.count == 1, "\(result)")
    let quote = try #require(lines[0].quotes?.first)
    #expect(quote.kind == "indirect")
    #expect(quote.cue == "said")
    #expect(quote.text == "The decree was signed today")
  }

  @Test func malformedLineGivesAnErrorObjectAndStatusTwoWithoutStoppingTheOthers() throws {
    let result = try annotate([
      #"{"id": "before", "text": "Erlan Karin told the Astana Times that the decree was signed."}"#,
      #"{"id": "broken", "text": "unterminated"#,
      #"{"id": "after", "text": "Kassym-Jomart Tokayev signed the decree."}"#,
    ])
    #expect(result.status == 2)
    let lines = try result.outputLines.map { try decode(AnnotateLine.self, fromLine: $0) }
    try #require(lines.count == 3, "\(result)")
    #expect(lines[0].doc == "before")
    #expect(lines[1].doc == nil)
    #expect(lines[1].error?.isEmpty == false)
    #expect(lines[2].doc == "after")
    #expect(result.errorOutput.contains("line 2"))
  }

  @Test func lineWithoutTextGivesAnErrorNamingItsIdAndTheMissingField() throws {
    let result = try annotate([#"{"id": "empty-handed"}"#])
    #expect(result.status == 2)
    let lines = try result.outputLines.map { try decode(AnnotateLine.self, fromLine: $0) }
    try #require(lines.count == 1, "\(result)")
    #expect(lines[0].id == "empty-handed")
    #expect(lines[0].error?.contains("text") == true)
  }

  @Test func dateThatIsNotISOIsAnError() throws {
    let result = try annotate([#"{"id": "loose", "text": "It was signed today.", "date": "10 June 2021"}"#])
    #expect(result.status == 2)
    let lines = try result.outputLines.map { try decode(AnnotateLine.self, fromLine: $0) }
    try #require(lines.count == 1, "\(result)")
    #expect(lines[0].id == "loose")
    #expect(lines[0].error?.contains("date") == true)
  }
}
