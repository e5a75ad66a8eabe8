/// What the word lists say of one token: the classes of its spelling and of
/// its spelling in lower case.
struct Lexeme: Sendable, Equatable {
  let exact: WordClasses
  let folded: WordClasses
}
