import Foundation

/// Writes JSON straight into bytes, value by value, in exactly the layout
/// ``JSONValue/serializedUTF8(pretty:)`` gives the same value, without
/// building the value first: every document's annotation is written so, and
/// making and freeing its tree of values cost more than writing it.
///
///     var json = JSONWriter(pretty: false)
///     json.beginObject()
///     json.key("doc"); json.string("a")
///     json.key("sentences"); json.beginArray(); json.int(0); json.endArray()
///     json.endObject()
///     json.bytes  // Array(#"{"doc":"a","sentences":[0]}"#.utf8)
///
/// Copies of a writer share its buffer: write through one variable.
struct JSONWriter {
  private var output: ByteBuffer
  private let pretty: Bool
  /// One entry for each open array or object: whether anything has been written in it yet.
  private var isEmpty: [Bool] = []
  /// Set by ``key(_:)``: the value that follows is that member's, which needs no separator of its own.
  private var afterKey = false

  init(pretty: Bool, capacity: Int = 0) {
    self.pretty = pretty
    output = ByteBuffer(capacity: capacity)
  }

  /// What has been written.
  var bytes: [UInt8] { output.bytes }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts a member of the open object; the next value written is its value.
  ///
  /// - Parameter name: a name that needs no escaping (no `"`, `\\`, control characters or line
  ///   separators), copied as it is: every member of every annotation has one of a few fixed names,
  ///   and escaping each cost more than writing its value.
  mutating func key(_ name: StaticString) {
    separate()
    output.append(UInt8(ascii: "\""))
    output.append(name)
    output.append(UInt8(ascii: "\""))
    output.append(UInt8(ascii: ":"))
    if pretty { output.append(UInt8(ascii: " ")) }
    afterKey = true
  }

  mutating func string(_ value: String) {
    startValue()
    JSONValue.escape(value, into: &output)
  }

  mutating func string(_ value: String?) {
    guard let value else { return null() }
    string(value)
  }

  mutating func int(_ value: Int) {
    startValue()
    JSONValue.writeDecimalDigits(of: value, to: &output)
  }

  mutating func null() {
    startValue()
    output.append("null")
  }

  /// Any other value, as ``JSONValue`` writes it.
  mutating func value(_ value: JSONValue) {
    startValue()
    value.write(to: &output, pretty: pretty, indent: isEmpty.count)
  }

  private mutating func open(_ bracket: UInt8) {
    startValue()
    output.append(bracket)
    isEmpty.append(true)
  }

  private mutating func close(_ bracket: UInt8) {
    let wasEmpty = isEmpty.removeLast()
    if pretty && !wasEmpty { lineBreak() }
    output.append(bracket)
  }

  /// Before a value: an array's element is separated from the one before; a member's value follows its key.
  private mutating func startValue() {
    if afterKey {
      afterKey = false
    } else if !isEmpty.isEmpty {
      separate()
    }
  }

  private mutating func separate() {
    if isEmpty[isEmpty.count - 1] {
      isEmpty[isEmpty.count - 1] = false
    } else {
      output.append(UInt8(ascii: ","))
    }
    if pretty { lineBreak() }
  }

  /// A new line, indented two spaces for each array or object open.
  private mutating func lineBreak() {
    output.appendLineBreak(indentation: 2 * isEmpty.count)
  }
}
