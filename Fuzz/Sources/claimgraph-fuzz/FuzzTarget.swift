import ClaimGraph
import Foundation

/// The lexicon, loaded once from `CLAIMGRAPH_GAZETTEERS` or the repository's `gazetteers/`.
private let fuzzPipeline: Pipeline = {
  do {
    return Pipeline.standard(lexicon: try Lexicon(directory: Lexicon.defaultDirectory()))
  } catch {
    fatalError("claimgraph-fuzz: \(error)")
  }
}()

/// libFuzzer's entry point: every input is decoded as a document would be,
/// run through the whole pipeline, and encoded as its annotation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  guard case .text(let text, _) = TextDecoder.decode(data) else { return 0 }
  let document = fuzzPipeline(Document(id: "fuzz", text: text))
  _ = AnnotationJSON.encode(document).serialized()
  _ = try? GraphBuilder.build([DocumentResult(input: InputDocument(path: "fuzz.txt", id: "fuzz"), title: "", date: nil,
                                           sentenceCount: document.sentences.count, entities: document.entities,
                                           quotes: document.quotes, warnings: [])])
  return 0
}

/// libFuzzer's driver, started from the entry point SwiftPM gives an executable.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's `main` to `<module>_main`; hand control to libFuzzer there.
@_cdecl("claimgraph_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { bytes, length in fuzzOneInput(bytes, length) }
}
