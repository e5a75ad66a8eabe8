import Foundation

/// What the tokenizer works out for a word — its text as a `String`, its
/// lexeme, its letter case, whether it has a digit — kept for the next time the
/// word comes, in this document or a later one.
///
/// Making the string, packing it for the vocabulary and reading its case cost
/// the tokenizer several hundred instructions a token, and news text repeats
/// its words: nine tokens in ten are words the memo has seen. spaCy keeps its
/// lexemes across documents in its `Vocab` for the same reason. Every answer is
/// a function of the word's scalars alone, so output never depends on what is remembered.
///
/// Short ASCII words are filed by their packed bytes. Other words (in another
/// script, or longer than 15 scalars) are filed by a hash of their scalars and
/// kept with them: each costs the lexicon thousands of instructions, a dictionary
/// look-up of a string beyond ASCII and its lower case.
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

  /// A word that does not pack, by the hash of its scalars, with the scalars to tell words of one hash apart.
  private struct SpelledSlot {
    var hash: UInt64 = 0
    var spelling: [Unicode.Scalar] = []
    var word: Word?
  }

  private var slots: [Slot]
  private var count = 0
  private let shift: UInt64
  private var spelledSlots: [SpelledSlot]
  private var spelledCount = 0
  private let spelledShift: UInt64

  /// A memo of at most `capacity` short ASCII words and a quarter as many others (each rounded up to a power
  /// of two: most words of news text pack); it forgets one kind all at once when it is full, so that a long run
  /// over changing vocabularies keeps the words now in use.
  init(capacity: Int = 1 << 14) {
    (slots, shift) = Self.emptySlots(Slot(), count: capacity * 2)
    (spelledSlots, spelledShift) = Self.emptySlots(SpelledSlot(), count: capacity / 2)
  }

  /// At least `count` free slots, a power of two, and the shift that keeps a hash's bits for a slot number.
  private static func emptySlots<Free>(_ free: Free, count: Int) -> ([Free], UInt64) {
    var slotCount = 8
    while slotCount < count { slotCount *= 2 }
    return ([Free](repeating: free, count: slotCount), UInt64(64 - slotCount.trailingZeroBitCount))
  }

  /// The word that `scalars` spell, worked out by `make` the first time.
  mutating func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, make: () -> Word) -> Word {
    guard let key = PackedWord(scalars: scalars) else { return spelledWord(scalars, make: make) }
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

  /// ``word(_:make:)`` for a word that does not pack.
  private mutating func spelledWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, make: () -> Word) -> Word {
    // FNV-1a over the scalar values; the multiplication below spreads its low bits into the slot's top bits.
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
    let mask = spelledSlots.count - 1
    var slot = spelledSlot(of: hash)
    let found: Word? = spelledSlots.withUnsafeBufferPointer { slots in
      while slots[slot].word != nil {
        if slots[slot].hash == hash, slots[slot].spelling.elementsEqual(scalars) { return slots[slot].word }
        slot = (slot + 1) & mask
      }
      return nil
    }
    if let found { return found }
    let word = make()
    if spelledCount * 2 >= spelledSlots.count {
      for index in spelledSlots.indices { spelledSlots[index] = SpelledSlot() }
      spelledCount = 0
      slot = spelledSlot(of: hash)
    }
    spelledSlots[slot] = SpelledSlot(hash: hash, spelling: Array(scalars), word: word)
    spelledCount += 1
    return word
  }

  private func spelledSlot(of hash: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> spelledShift)
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
