import ClaimGraph
import Foundation

struct AnnotateCommand: Command {
  static let name = "annotate"
  static let usage = """
  Annotate JSON Lines documents from standard input, one annotation per line to standard output, in input order.

  USAGE: claimgraph annotate [--gazetteers DIR] [limits]

  OPTIONS:
    --gazetteers DIR   word lists and patterns (default: ./gazetteers or $CLAIMGRAPH_GAZETTEERS)
    \(ArgumentReader.limitHelp)

  INPUT LINE:  {"id": "…", "text": "…", "date": "YYYY-MM-DD", "path": "…"}
               (date optional: the reference for year-less and relative dates; path optional: kept in the annotation)
  OUTPUT LINE: the per-document annotation (see docs/schema.md); a bad input line gives {"id": …, "error": "…"} and exit status 2.
  """

  let gazetteers: String
  let limits: RunLimits

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: Set(["--gazetteers"]).union(ArgumentReader.limitOptions), command: Self.name)
    guard reader.positional.isEmpty else { throw UsageError(message: "annotate: reads standard input and takes no paths") }
    gazetteers = reader.value("--gazetteers") ?? Lexicon.defaultDirectory()
    limits = try reader.limits(command: Self.name)
  }

  func run() throws -> Int32 {
    let pipeline = Pipeline.standard(lexicon: try Lexicon(directory: gazetteers), limits: limits)
    var status: Int32 = 0
    var lineNumber = 0
    let output = FileHandle.standardOutput
    while let line = readLine(strippingNewline: true) {
      lineNumber += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      switch AnnotateRequest.parse(line) {
      case .success(let request) where request.text.utf8.count > limits.maxDocumentBytes:
        status = 2
        let problem = "\(request.text.utf8.count) bytes, over the \(limits.maxDocumentBytes)-byte limit (--max-document-size)"
        standardError("claimgraph annotate: line \(lineNumber): \(problem)")
        output.write(outputLine(JSONValue.object([("id", .string(request.id)), ("error", .string(problem))])))
      case .success(let request):
        let document = pipeline(Document(id: request.id, text: request.text, path: request.path,
                                         referenceDate: request.date.map(ReferenceDate.init(date:))))
        var line = AnnotationJSON.serialized(document, pretty: false)
        line.append(UInt8(ascii: "\n"))
        output.write(Data(line))
      case .failure(let problem):
        status = 2
        standardError("claimgraph annotate: line \(lineNumber): \(problem.message)")
        let error = JSONValue.object([("id", problem.id.map(JSONValue.string) ?? .null), ("error", .string(problem.message))])
        output.write(outputLine(error))
      }
    }
    return status
  }

  /// One output line: `value` compact, then a line break.
  private func outputLine(_ value: JSONValue) -> Data {
    var bytes = value.serializedUTF8()
    bytes.append(UInt8(ascii: "\n"))
    return Data(bytes)
  }
}
