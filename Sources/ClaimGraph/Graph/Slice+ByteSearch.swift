import Foundation

extension Slice where Base == UnsafeBufferPointer<UInt8> {
  /// Where `byte` first occurs at or after `start`: by `memchr`, which reads many bytes a step, where a
  /// loop over the slice reads one. The graph's spill files and cached fragments are scanned line by line.
  func index(ofByte byte: UInt8, from start: Int) -> Int? {
    guard start < endIndex, let base = base.baseAddress,
          let found = memchr(base + start, Int32(byte), endIndex - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }
}
