/// Questions the recognizers ask of every word and name, answered on bytes or
/// scalars where that gives Unicode's answer without grapheme breaking or a
/// new string: for ASCII (most words in news text), and for text whose every
/// scalar is a whole character of its own (``Unicode/Scalar/isWholeCharacter``).
extension String {
  /// No upper-case letters and nothing but ASCII.
  var isLowerCaseASCII: Bool { withUTF8Bytes { $0.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) } } }

  /// The text in lower case, as `lowercased()` gives it: the text itself when it already is, and
  /// for text of whole characters (accented Latin, Cyrillic, typographic quotes) one table look-up a
  /// scalar, where `lowercased()` asks Unicode's properties of each scalar anew.
  var lowerCasedForLookup: String {
    if isLowerCaseASCII { return self }
    // The table holds ASCII too, and answers it on bytes where `lowercased()` takes a generic path.
    return WholeCharacterCase.lowercased(self) ?? lowercased()
  }

  /// Whether a character is a number (`Character.isNumber`): `2024`, `PF-51`, `½`.
  var containsNumber: Bool {
    // An ASCII digit before any byte beyond ASCII answers; nil leaves it to Unicode.
    let asciiAnswer: Bool? = withUTF8Bytes { bytes in
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte >= 0x30 && byte <= 0x39 { return true }
      }
      return false
    }
    return asciiAnswer ?? containsNumberBeyondASCII
  }

  private var containsNumberBeyondASCII: Bool {
    guard unicodeScalars.allSatisfy(\.isWholeCharacter) else { return contains(where: \.isNumber) }
    return unicodeScalars.contains { $0.isASCII ? ($0.value >= 0x30 && $0.value <= 0x39) : $0.properties.numericType != nil }
  }

  /// Lower case, with every run of white space one space and none at the ends.
  var lowerCasedWithSingleSpaces: String {
    if isASCII { return Self.singleSpaced(self) }
    guard unicodeScalars.allSatisfy({ $0.isWholeCharacter || ($0.value >= 0x09 && $0.value <= 0x0D) }) else {
      return lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    return Self.singleSpaced(lowerCasedForLookup)
  }

  /// `text` with ASCII letters in lower case and every run of white space one space, none at the ends.
  /// The white space beyond ASCII that whole characters hold is U+00A0 alone (C2 A0 in UTF-8).
  private static func singleSpaced(_ text: String) -> String {
    text.withUTF8Bytes { bytes in
      // Written straight into the new string: it is never longer than the text.
      String(unsafeUninitializedCapacity: bytes.count) { buffer in
        var read = 0, written = 0
        var spaceDue = false
        while read < bytes.count {
          let byte = bytes[read]
          let spaceWidth = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1
            : byte == 0xC2 && read + 1 < bytes.count && bytes[read + 1] == 0xA0 ? 2 : 0
          if spaceWidth > 0 {
            spaceDue = written > 0
            read += spaceWidth
            continue
          }
          if spaceDue {
            buffer[written] = 0x20
            written += 1
            spaceDue = false
          }
          buffer[written] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
          written += 1
          read += 1
        }
        return written
      }
    }
  }

  /// The runs of letters and hyphens (`Law “On Mass-Media” No. 5` → `Law`, `On`, `Mass-Media`, `No`).
  var lettersAndHyphens: [String] {
    guard isASCII else {
      // Where every scalar is a character, `Character.isLetter` is its scalar's `isAlphabetic`.
      guard unicodeScalars.allSatisfy(\.isWholeCharacter) else { return split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init) }
      return unicodeScalars.split { scalar in
        // ASCII letters by arithmetic: Unicode's property look-up costs many times more, and most scalars are ASCII.
        scalar.isASCII ? (scalar.value | 0x20) < 0x61 || (scalar.value | 0x20) > 0x7A ? scalar != "-" : false : !scalar.properties.isAlphabetic
      }.map { String(Substring($0)) }
    }
    // In ASCII a character is a byte (or `\r\n`, a separator either way) and a letter is `A`–`Z` or `a`–`z`.
    return utf8.split { byte in
      let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      return !isLetter && byte != UInt8(ascii: "-")
    }.map { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether a word between single spaces starts with `prefix`, as `split(separator: " ")` and
  /// `hasPrefix` say: `law “on mass media”` has a word that starts with `med`, not one with `edia`.
  func hasWord(startingWith prefix: String) -> Bool {
    guard !prefix.isEmpty, unicodeScalars.allSatisfy(\.isWholeCharacter), prefix.unicodeScalars.allSatisfy(\.isWholeCharacter) else {
      return split(separator: " ").contains { $0.hasPrefix(prefix) }
    }
    // Where every scalar is a character, a character is its bytes and a space a byte of its own:
    // the prefix's bytes at the start or after a space, without a string made for each word.
    return withUTF8Bytes { text in
      prefix.withUTF8Bytes { prefix in
        guard text.count >= prefix.count else { return false }
        return (0...(text.count - prefix.count)).contains { start in
          (start == 0 || text[start - 1] == 0x20) && prefix.indices.allSatisfy { text[start + $0] == prefix[$0] }
        }
      }
    }
  }
}

extension Unicode.Scalar {
  /// A printable scalar that is a whole character on its own and in canonical
  /// composed form, never combining, decomposing to another form or joining
  /// its neighbours: ASCII, Latin letters with accents, Cyrillic, typographic
  /// punctuation (`“”`, `–`, `…`), `№`. In text of such scalars a scalar is a
  /// `Character`, and equal bytes are canonical equivalence.
  var isWholeCharacter: Bool {
    switch value {
    case 0x20...0x7E, 0xA0...0x24F, 0x400...0x482, 0x48A...0x4FF, 0x2010...0x2027, 0x2030...0x205E, 0x2116: return true
    default: return false
    }
  }
}
