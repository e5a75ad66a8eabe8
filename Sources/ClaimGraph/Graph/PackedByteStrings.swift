/// Byte strings kept end to end in one buffer and found by index.
///
/// The graph's final write appends an entity's quoted id to every mention and
/// quote line: taken from an array of arrays, each id was retained and
/// released on the way, a fifth of the write; from here it is only copied.
struct PackedByteStrings {
  private var bytes: [UInt8] = []
  /// Where each string ends in `bytes`; it starts where the one before it ends.
  private var ends: [Int] = []

  init(_ strings: some Sequence<some Collection<UInt8>>) {
    for string in strings {
      bytes.append(contentsOf: string)
      ends.append(bytes.count)
    }
  }

  /// How many strings there are.
  var count: Int { ends.count }

  /// Appends string `index` to `output`.
  func append(_ index: Int, to output: inout [UInt8]) {
    let range = (index == 0 ? 0 : ends[index - 1])..<ends[index]
    bytes.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
  }
}
