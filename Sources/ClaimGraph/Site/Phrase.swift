/// Words the pages put around numbers.
enum Phrase {
  /// `1 quote`, `3 quotes`: English plurals in `s` are all the pages need.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
