import Foundation

extension UnsafeMutablePointer<dirent> {
  /// The entry's name, read in place up to its NUL. `readdir` packs entries by the lengths of their
  /// names, so copying the whole 256-byte `d_name` field reads past the last entry of its buffer,
  /// and off the end of a page now and then (a run crashed listing its cache folder).
  var name: String {
    let field = UnsafeRawPointer(self) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    return String(cString: field.assumingMemoryBound(to: CChar.self))
  }
}
