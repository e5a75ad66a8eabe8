/// What the process keeps until it exits rather than frees: a run's lexicon
/// is a 12 MB table, dictionaries and tries of phrases, and freeing them
/// took 2 ms of every run, where an incremental run over 1,000 documents
/// takes 80. Only for what a command holds to its end; the library frees as usual.
enum HeldUntilExit {
  nonisolated(unsafe) private static var objects: [AnyObject] = []

  /// Keeps `object` until the process exits. Called on the main thread only.
  static func keep(_ object: AnyObject) { objects.append(object) }
}
