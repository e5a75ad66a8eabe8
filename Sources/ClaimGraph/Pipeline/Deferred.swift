import Foundation

/// A value computed on another thread from the moment it is made; reading
/// ``value`` waits until it is ready.
///
/// A run starts on the documents its cache already has while the lexicon's
/// tables are still being built, and lists its inputs meanwhile.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
  // Written once, before `ready` is left; read only after waiting on it.
  private var result: Value?
  private let ready = DispatchGroup()

  /// Starts `compute` on a thread of its own, not one of Dispatch's: those
  /// run the documents, as many at once as there are cores, and a value
  /// that takes one (or waits on another) holds a document back.
  public init(_ compute: @escaping @Sendable () -> Value) {
    ready.enter()
    Thread {
      self.result = compute()
      self.ready.leave()
    }.start()
  }

  /// A value that is ready already.
  public init(ready value: Value) {
    result = value
  }

  public var value: Value {
    ready.wait()
    return result!
  }
}
