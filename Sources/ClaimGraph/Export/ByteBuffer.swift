/// Bytes appended to the end of one allocation that grows by doubling.
///
/// An array checks that its storage is unique, and has room, on every append, and a document's
/// annotation is written mostly a byte or a few at a time: its separators, line breaks,
/// indentation, keys and digits. Here an append is a comparison and a store.
final class ByteBuffer: ByteOutput {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The bytes appended so far, copied out.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  @inline(__always) func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    start[count] = byte
    count += 1
  }

  func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
    (start + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Room checked once for the whole run: a pretty annotation breaks a line for every member of every mention.
  func appendLineBreak(indentation spaces: Int) {
    if count + 1 + spaces > capacity { grow(toHold: count + 1 + spaces) }
    start[count] = UInt8(ascii: "\n")
    (start + count + 1).initialize(repeating: UInt8(ascii: " "), count: spaces)
    count += 1 + spaces
  }

  private func grow(toHold needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStart.update(from: start, count: count)
    start.deallocate()
    start = newStart
    capacity = newCapacity
  }
}
