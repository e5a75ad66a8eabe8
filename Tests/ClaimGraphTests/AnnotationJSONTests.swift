@testable import ClaimGraph
import Foundation
import Testing

@Suite struct AnnotationJSONTests {
  @Test func annotationReadsBackAsTheDocumentItWasWrittenFrom() throws {
    let document = annotate("“We will protect journalists,” said Kassym-Jomart Tokayev on 10 June 2021, adding that the Law “On Mass Media” would change.")
    let value = try #require(JSONValue.parse(Data(AnnotationJSON.serialized(document, pretty: true))))
    let decoded = try AnnotationJSON.decode(value)
    #expect(decoded.entities.map(\.text) == document.entities.map(\.text))
    #expect(decoded.entities.map(\.range) == document.entities.map(\.range))
    #expect(decoded.quotes.map(\.speaker) == document.quotes.map(\.speaker))
    #expect(decoded.quotes.map(\.about) == document.quotes.map(\.about))
    #expect(decoded.sentenceCount == document.sentences.count)
    #expect(AnnotationJSON.serialized(document, pretty: false) == value.serializedUTF8())
    #expect(AnnotationJSON.encode(document) == value)
  }
}
