import Foundation

/// Escaping for HTML text and attribute values, and for links to the site's own files.
enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` as character references: safe both
  /// in element content and inside a quoted attribute value.
  ///
  ///     HTML.escape("Smith & Sons <“Law”>")  // "Smith &amp; Sons &lt;“Law”&gt;"
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// `<time datetime="2021-06-10">2021-06-10</time>`.
  static func time(_ iso: String) -> String {
    "<time datetime=\"\(escape(iso))\">\(escape(iso))</time>"
  }

  /// A site-relative path as an `href`: every byte outside ASCII letters,
  /// digits, `-._~/#` percent-encoded, so a slug in Cyrillic still links.
  static func href(_ path: String) -> String {
    var encoded = ""
    for byte in path.utf8 {
      if unreserved.contains(byte) {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return encoded
  }

  /// `<a href="…">name</a>`, both escaped; `root` leads from the page to the site's top folder.
  static func link(_ text: String, to path: String, root: String, className: String? = nil) -> String {
    let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
    return "<a\(classAttribute) href=\"\(escape(href(root + path)))\">\(escape(text))</a>"
  }

  private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/#".utf8)
}

extension String {
  /// The string with `0`s in front up to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
