/// One step of the pipeline: reads some layers of a document, adds others.
///
/// A stage is a pure function of one document; it never calls another stage,
/// and what it keeps between documents (the tokenizer's ``WordMemo``) never
/// changes its output, so the runner may call it from any thread.
public protocol Stage: Sendable {
  var name: String { get }
  var requires: Set<Layer> { get }
  var provides: Set<Layer> { get }
  func process(_ document: Document) -> Document
}
