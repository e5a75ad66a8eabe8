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

  /// A key and its word side by side: a look-up touches one cache line. A free slot has no word.
  private struct Slot {
    var key = PackedWord(low: 0, high: 0)
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
    guard let key = PackedWord(scalars: scalars) else { return make() }
    let mask = slots.count - 1
    var slot = key.slot(shift: shift)
    let found: Word? = slots.withUnsafeBufferPointer { slots in
      while slots[slot].word != nil {
        if slots[slot].key == key { return slots[slot].word }
        slot = (slot + 1) & mask
      }
      return nil
    }
    if let found { return found }
    let word = make()
    if count * 2 >= slots.count {
      forgetAll()
      slot = key.slot(shift: shift)
    }
    slots[slot] = Slot(key: key, word: word)
    count += 1
    return word
  }

  private mutating func forgetAll() {
    for index in slots.indices { slots[index] = Slot() }
    count = 0
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
