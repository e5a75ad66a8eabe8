import Foundation

/// Scores predicted annotations against gold ones by the rules of the
/// guidelines' "Scoring" section, summed over documents.
public struct Evaluator {
  /// True positives, false positives and false negatives.
  public struct Counts: Equatable {
    public var truePositives = 0, falsePositives = 0, falseNegatives = 0
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func += (lhs: inout Counts, rhs: Counts) {
      lhs.truePositives += rhs.truePositives
      lhs.falsePositives += rhs.falsePositives
      lhs.falseNegatives += rhs.falseNegatives
    }
  }

  /// Right out of total.
  public struct Accuracy: Equatable {
    public var right = 0, total = 0
    public var value: Double { ratio(right, total) }
  }

  public struct Report {
    public var strict: [EntityLabel: Counts] = [:]
    public var lenient: [EntityLabel: Counts] = [:]
    public var normalization: [EntityLabel: Accuracy] = [:]
    public var quotes: [Quote.Kind: Counts] = [:]
    public var speakers: [Quote.Kind: Accuracy] = [:]
    public var about = Accuracy()
    /// Human-readable misses and false alarms, per document.
    public var details: [String] = []
    public var documents = 0
    public var missingPredictions: [String] = []

    public var strictOverall: Counts { strict.values.reduce(into: Counts()) { $0 += $1 } }
    public var lenientOverall: Counts { lenient.values.reduce(into: Counts()) { $0 += $1 } }
    public var quotesOverall: Counts { quotes.values.reduce(into: Counts()) { $0 += $1 } }
  }

  public init() {}

  /// Scores every gold document; a gold document with no prediction counts as predicting nothing.
  public func score(gold: [String: JSONValue], predicted: [String: JSONValue]) -> Report {
    var report = Report()
    for id in gold.keys.sorted() {
      let goldDocument = gold[id]!
      let predictedDocument = predicted[id] ?? .object([])
      if predicted[id] == nil { report.missingPredictions.append(id) }
      report.documents += 1
      scoreEntities(id, goldDocument, predictedDocument, into: &report)
      scoreQuotes(id, goldDocument, predictedDocument, into: &report)
    }
    return report
  }

  private struct Mention {
    let text: String
    let norm: JSONValue?
  }

  private func mentions(_ document: JSONValue, _ label: EntityLabel) -> [Mention] {
    (document["entities"]?.arrayValue ?? []).compactMap { entity in
      guard entity["label"]?.stringValue == label.rawValue, let text = entity["text"]?.stringValue else { return nil }
      return Mention(text: ScoringText.normalize(text), norm: entity["norm"])
    }
  }

  private func scoreEntities(_ id: String, _ gold: JSONValue, _ predicted: JSONValue, into report: inout Report) {
    for label in EntityLabel.allCases {
      let goldMentions = mentions(gold, label)
      var remainingPredicted = mentions(predicted, label)
      var strict = Counts()
      var unmatchedGold: [Mention] = []
      var accuracy = report.normalization[label] ?? Accuracy()
      for mention in goldMentions {
        if let index = remainingPredicted.firstIndex(where: { $0.text == mention.text }) {
          strict.truePositives += 1
          if let goldNorm = mention.norm, label == .date || label == .money {
            accuracy.total += 1
            if normsAgree(goldNorm, remainingPredicted[index].norm, label) {
              accuracy.right += 1
            } else {
              report.details.append("\(id)\t\(label.rawValue)\tnorm\t\(mention.text)\tgold \(goldNorm.serialized())\tpredicted \(remainingPredicted[index].norm?.serialized() ?? "none")")
            }
          }
          remainingPredicted.remove(at: index)
        } else {
          unmatchedGold.append(mention)
        }
      }
      report.normalization[label] = accuracy
      strict.falseNegatives = unmatchedGold.count
      strict.falsePositives = remainingPredicted.count
      report.strict[label, default: Counts()] += strict

      var lenient = Counts(truePositives: strict.truePositives)
      var leftover = remainingPredicted
      for mention in unmatchedGold {
        if let index = leftover.firstIndex(where: { $0.text.contains(mention.text) || mention.text.contains($0.text) }) {
          lenient.truePositives += 1
          leftover.remove(at: index)
        } else {
          lenient.falseNegatives += 1
        }
      }
      lenient.falsePositives = leftover.count
      report.lenient[label, default: Counts()] += lenient
      report.details += unmatchedGold.map { "\(id)\t\(label.rawValue)\tmissed\t\($0.text)" }
      report.details += remainingPredicted.map { "\(id)\t\(label.rawValue)\tfalse alarm\t\($0.text)" }
    }
  }

  private func normsAgree(_ gold: JSONValue, _ predicted: JSONValue?, _ label: EntityLabel) -> Bool {
    guard let predicted else { return false }
    if label == .date { return gold.stringValue != nil && gold.stringValue == predicted.stringValue }
    guard let goldAmount = gold["amount"]?.decimalValue, let predictedAmount = predicted["amount"]?.decimalValue,
          gold["currency"]?.stringValue == predicted["currency"]?.stringValue else { return false }
    let difference = NSDecimalNumber(decimal: goldAmount - predictedAmount).doubleValue
    return abs(difference) < 0.005
  }

  private struct QuoteRecord {
    let words: Set<String>
    let text: String
    let speaker: String?
    let about: [String]
  }

  private func quotes(_ document: JSONValue, _ kind: Quote.Kind) -> [QuoteRecord] {
    (document["quotes"]?.arrayValue ?? []).compactMap { quote in
      guard quote["kind"]?.stringValue == kind.rawValue, let text = quote["text"]?.stringValue else { return nil }
      return QuoteRecord(words: ScoringText.wordSet(text), text: text, speaker: quote["speaker"]?.stringValue,
                         about: (quote["about"]?.arrayValue ?? []).compactMap(\.stringValue).map(ScoringText.normalize))
    }
  }

  private func scoreQuotes(_ id: String, _ gold: JSONValue, _ predicted: JSONValue, into report: inout Report) {
    for kind in [Quote.Kind.direct, .indirect] {
      let goldQuotes = quotes(gold, kind), predictedQuotes = quotes(predicted, kind)
      var pairs: [(score: Double, gold: Int, predicted: Int)] = []
      for (g, goldQuote) in goldQuotes.enumerated() {
        for (p, predictedQuote) in predictedQuotes.enumerated() {
          let score = ScoringText.jaccard(goldQuote.words, predictedQuote.words)
          if score >= 0.5 { pairs.append((score, g, p)) }
        }
      }
      pairs.sort { ($0.score, -$0.gold, -$0.predicted) > ($1.score, -$1.gold, -$1.predicted) }
      var usedGold = Set<Int>(), usedPredicted = Set<Int>()
      var speakers = report.speakers[kind] ?? Accuracy()
      for pair in pairs where !usedGold.contains(pair.gold) && !usedPredicted.contains(pair.predicted) {
        usedGold.insert(pair.gold)
        usedPredicted.insert(pair.predicted)
        let goldQuote = goldQuotes[pair.gold], predictedQuote = predictedQuotes[pair.predicted]
        speakers.total += 1
        if lastWord(goldQuote.speaker) == lastWord(predictedQuote.speaker) {
          speakers.right += 1
        } else {
          report.details.append("\(id)\t\(kind.rawValue)\tspeaker\tgold \(goldQuote.speaker ?? "null")\tpredicted \(predictedQuote.speaker ?? "null")\t\(goldQuote.text.prefix(60))")
        }
        if !goldQuote.about.isEmpty || !predictedQuote.about.isEmpty {
          report.about.total += 1
          if covers(goldQuote.about, predictedQuote.about) && covers(predictedQuote.about, goldQuote.about) {
            report.about.right += 1
          } else {
            report.details.append("\(id)\t\(kind.rawValue)\tabout\tgold \(goldQuote.about)\tpredicted \(predictedQuote.about)\t\(goldQuote.text.prefix(60))")
          }
        }
      }
      report.speakers[kind] = speakers
      report.quotes[kind, default: Counts()] += Counts(truePositives: usedGold.count,
                                                       falsePositives: predictedQuotes.count - usedPredicted.count,
                                                       falseNegatives: goldQuotes.count - usedGold.count)
      for (g, quote) in goldQuotes.enumerated() where !usedGold.contains(g) {
        report.details.append("\(id)\t\(kind.rawValue)\tmissed\t\(quote.speaker ?? "null")\t\(quote.text.prefix(80))")
      }
      for (p, quote) in predictedQuotes.enumerated() where !usedPredicted.contains(p) {
        report.details.append("\(id)\t\(kind.rawValue)\tfalse alarm\t\(quote.speaker ?? "null")\t\(quote.text.prefix(80))")
      }
    }
  }

  private func lastWord(_ speaker: String?) -> String? {
    speaker.flatMap { ScoringText.normalize($0).split(separator: " ").last.map { $0.lowercased() } }
  }

  /// Every measure in `required` contains or is contained in one in `offered`.
  private func covers(_ required: [String], _ offered: [String]) -> Bool {
    required.allSatisfy { need in offered.contains { $0.contains(need) || need.contains($0) } }
  }
}

private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
  denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}
