/// Where a long output's UTF-8 bytes go, appended in place: a file's write
/// buffer, or an array.
///
/// The graph is written line by line from its spill files; handing each
/// piece over as an array of its own copied all of graph.json twice more.
protocol ByteSink {
  /// Lets `write` append to the sink's bytes.
  mutating func append(_ write: (inout [UInt8]) -> Void)
}

extension Array: ByteSink where Element == UInt8 {
  mutating func append(_ write: (inout [UInt8]) -> Void) { write(&self) }
}

extension ByteSink {
  /// Appends `text`'s UTF-8 bytes. Labelled: unlabelled, it took every string literal appended to an
  /// array of bytes (also a ``ByteOutput``) from ``ByteOutput``'s `append(_: StaticString)`, copying each
  /// through a `String`'s UTF-8 view, for every mention and quote line.
  mutating func append(text: String) { append { $0.append(contentsOf: text.utf8) } }
}
