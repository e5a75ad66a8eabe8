@testable import ClaimGraph
import Foundation
import Testing

/// The fuzzer's seed inputs (`Fuzz/corpus`), and every input it ever found to
/// crash, run through the whole pipeline as regression tests: each must give
/// an annotation whose offsets lie inside its text.
@Suite struct FuzzCorpusTests {
  static let inputs: [String] = {
    let folder = repositoryRoot.appendingPathComponent("Fuzz/corpus")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }()

  @Test func corpusIsThere() {
    #expect(Self.inputs.count >= 10)
  }

  @Test(arguments: inputs)
  func inputGivesAnAnnotationWithinItsText(_ name: String) throws {
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Fuzz/corpus").appendingPathComponent(name))
    guard case .text(let text, _) = TextDecoder.decode(data) else { return }
    let document = pipeline(Document(id: name, text: text))
    let length = document.scalars.count
    #expect(document.entities.allSatisfy { $0.range.upperBound <= length && !$0.range.isEmpty })
    #expect(document.quotes.allSatisfy { $0.range.upperBound <= length })
    #expect(!AnnotationJSON.serialized(document, pretty: false).isEmpty)
  }
}
