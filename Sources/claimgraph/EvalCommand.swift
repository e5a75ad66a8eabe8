import ClaimGraph
import Foundation

struct EvalCommand: Command {
  static let name = "eval"
  static let usage = """
  Score annotations against gold ones (the rules of GUIDELINES.md, "Scoring").

  USAGE: claimgraph eval --gold DIR --pred DIR [--details]

  OPTIONS:
    --gold DIR    gold annotation files (*.json)
    --pred DIR    predicted annotation files, e.g. output/docs
    --details     also list every miss and false alarm, per document and label
  """

  let gold: String
  let predicted: String
  let details: Bool

  init(arguments: [String]) throws(UsageError) {
    let reader = try ArgumentReader(arguments, options: ["--gold", "--pred"], flags: ["--details"], command: Self.name)
    guard let gold = reader.value("--gold"), let predicted = reader.value("--pred") else {
      throw UsageError(message: "eval: both --gold DIR and --pred DIR are needed")
    }
    guard reader.positional.isEmpty else { throw UsageError(message: "eval: unexpected argument \(reader.positional[0])") }
    self.gold = gold
    self.predicted = predicted
    details = reader.has("--details")
  }

  func run() throws -> Int32 {
    let report = Evaluator().score(gold: try AnnotationFolder.load(gold), predicted: try AnnotationFolder.load(predicted))
    print(report.table())
    if details {
      print("\nDETAILS (document, label or kind, what, text)")
      for line in report.details { print(line) }
    }
    return 0
  }
}
