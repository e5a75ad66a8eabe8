@testable import ClaimGraph
import Foundation
import Testing

/// Writes `value` through a ``JSONWriter`` call by call, as the annotation writer does.
private func replay(_ value: JSONValue, into json: inout JSONWriter) {
  switch value {
  case .string(let text): json.string(text)
  case .int(let number): json.int(number)
  case .null: json.null()
  case .array(let items):
    json.beginArray()
    for item in items { replay(item, into: &json) }
    json.endArray()
  case .object(let members):
    json.beginObject()
    for (key, member) in members {
      json.key(staticName(key))
      replay(member, into: &json)
    }
    json.endObject()
  case .bool, .decimal: json.value(value)
  }
}

/// The member names of the values below as the literals the annotation writer passes.
private func staticName(_ key: String) -> StaticString {
  switch key {
  case "kind": "kind"
  case "speaker": "speaker"
  case "mention": "mention"
  case "text": "text"
  case "about": "about"
  case "extra": "extra"
  case "norm": "norm"
  case "amount": "amount"
  case "currency": "currency"
  case "sentences": "sentences"
  case "entities": "entities"
  case "label": "label"
  case "start": "start"
  default: fatalError("no literal for the member name \(key)")
  }
}

private func written(_ value: JSONValue, pretty: Bool) -> String {
  var json = JSONWriter(pretty: pretty)
  replay(value, into: &json)
  return String(decoding: json.bytes, as: UTF8.self)
}

/// A quote as annotations give it, with what tends to go wrong in a hand-made layout: empty and
/// nested containers, an array of arrays, a value that is a whole `JSONValue`.
private let quote: JSONValue = .object([
  ("kind", .string("direct")),
  ("speaker", .string("Kassym-Jomart Tokayev")),
  ("mention", .null),
  ("text", .string("We will not tolerate \"fake news\"\nany longer")),
  ("about", .array([])),
  ("extra", .object([])),
  ("norm", .object([("amount", .decimal(Decimal(12_960_000))), ("currency", .string("KZT"))])),
  ("sentences", .array([.array([0, 75].map(JSONValue.int)), .array([76, 160].map(JSONValue.int)), .array([])])),
  ("entities", .array([.object([("label", .string("DATE")), ("start", .int(3))]), .object([])])),
])

@Suite struct JSONWriterTests {
  @Test func prettyOutputIsWhatJSONValueWritesOfTheSameValue() {
    #expect(written(quote, pretty: true) == quote.serialized(pretty: true))
  }

  @Test func compactOutputIsWhatJSONValueWritesOfTheSameValue() {
    #expect(written(quote, pretty: false) == quote.serialized())
  }

  @Test func topLevelArraysAndEmptyValuesLookAsJSONValueWritesThem() {
    for value: JSONValue in [.array([]), .object([]), .array([quote, .array([])]), .string("Закон «О СМИ»"), .int(-7)] {
      #expect(written(value, pretty: true) == value.serialized(pretty: true))
      #expect(written(value, pretty: false) == value.serialized())
    }
  }
}
