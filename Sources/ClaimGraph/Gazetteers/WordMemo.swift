import Foundation

/// What the tokenizer works out for a short ASCII word — its text as a
/// `String`, its lexeme, its letter case, whether it has a digit — kept for
/// the next time the word comes, in this document or a later one.
///
/// Making the string, packing it for the vocabulary and reading its case cost
/// the tokenizer several hundred instructions a token, and news text repeats
/// its words: nine tokens in ten are words the memo has seen. spaCy keeps its
/// lexemes across documents in its `Vocab` for the same reason. Every answer is
/// a function of the word alone, so output never depends on what is remembered.
///
/// Not shared: one tokenizing thread at a time borrows a memo from a ``WordMemoPool``.
struct WordMemo {
  /// What a word's scalars give, worked out once.
  struct Word {
    let text: String
    let lexeme: Lexeme
    let shape: Token.Shape
    let hasASCIIDigit: Bool
  }

  /// A word of up to 15 ASCII scalars packed into two integers, its length in the top byte (so never
  /// zero), as in ``ASCIIWordTable``; a zero key marks a free slot.
  private struct Key: Equatable {
    let low: UInt64, high: UInt64
    static let free = Key(low: 0, high: 0)
  }

  /// A key and its word side by side: a look-up touches one cache line.
  private struct Slot {
    var key = Key.free
    var word: Word?
  }

  private var slots: [Slot]
  private var count = 0
  private let shift: UInt64

  /// A memo of at most `capacity` words (rounded up to a power of two); it forgets them all when full,
  /// so that a long run over changing vocabularies keeps the words now in use.
  init(capacity: Int = 1 << 14) {
    var slotCount = 8
    while slotCount < capacity * 2 { slotCount *= 2 }
    shift = UInt64(64 - slotCount.trailingZeroBitCount)
    slots = [Slot](repeating: Slot(), count: slotCount)
  }

  /// The word that `scalars` spell, worked out by `make` the first time; `make` is called every time for
  /// a word the memo cannot hold (longer than 15 scalars, or not ASCII).
  mutating func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, make: () -> Word) -> Word {
    guard let key = Self.key(scalars) else { return make() }
    let mask = slots.count - 1
    var slot = Self.slot(key, shift: shift)
    let found: Word? = slots.withUnsafeBufferPointer { slots in
      while slots[slot].key != .free {
        if slots[slot].key == key { return slots[slot].word }
        slot = (slot + 1) & mask
      }
      return nil
    }
    if let found { return found }
    let word = make()
    if count * 2 >= slots.count {
      forgetAll()
      slot = Self.slot(key, shift: shift)
    }
    slots[slot] = Slot(key: key, word: word)
    count += 1
    return word
  }

  private mutating func forgetAll() {
    for index in slots.indices { slots[index] = Slot() }
    count = 0
  }

  private static func key(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Key? {
    guard scalars.count <= 15 else { return nil }
    var low: UInt64 = 0, high = UInt64(truncatingIfNeeded: scalars.count) &<< 56
    var asciiTest: UInt32 = 0
    for index in 0..<min(scalars.count, 8) {
      asciiTest |= scalars[index].value
      low |= UInt64(truncatingIfNeeded: scalars[index].value) &<< (8 * index)
    }
    for index in min(scalars.count, 8)..<scalars.count {
      asciiTest |= scalars[index].value
      high |= UInt64(truncatingIfNeeded: scalars[index].value) &<< (8 * (index - 8))
    }
    return asciiTest < 0x80 ? Key(low: low, high: high) : nil
  }

  private static func slot(_ key: Key, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: ((key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)) >> shift)
  }
}

/// The word memos of the threads tokenizing now: a document borrows one and gives it back, so that
/// every worker keeps its own without a lock a word.
final class WordMemoPool: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [WordMemo] = []

  func withMemo<Result>(_ body: (inout WordMemo) -> Result) -> Result {
    var memo = lock.withLock { idle.popLast() } ?? WordMemo()
    defer { lock.withLock { idle.append(memo) } }
    return body(&memo)
  }
}

extension WordMemo.Word {
  /// What the lexicon and the letters say of `text`.
  init(_ text: String, lexicon: Lexicon) {
    self.text = text
    lexeme = lexicon.lexeme(of: text)
    (shape, hasASCIIDigit) = Token.shapeAndDigit(of: text)
  }
}
