import Foundation

/// A value computed on another thread from the moment it is made, or, made
/// by ``map(_:)``, from another such value when first read; reading ``value``
/// waits until it is ready.
///
/// A run starts on the documents its cache already has while the lexicon's
/// tables are still being built, and lists its inputs meanwhile.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
  // Set once, under `lock`: before `ready` is left by a computing thread, or by the first reader of a mapped value.
  private var result: Value?
  private let ready = DispatchGroup()
  private let lock = NSLock()
  /// What a mapped value is made by, on first read; let go once used, and with it the value it maps.
  private var make: (@Sendable () -> Value)?

  /// Starts `compute` on a thread of its own, not one of Dispatch's: those
  /// run the documents, as many at once as there are cores, and a value
  /// that takes one (or waits on another) holds a document back.
  public init(_ compute: @escaping @Sendable () -> Value) {
    make = nil
    ready.enter()
    Thread {
      let value = compute()
      self.lock.withLock { self.result = value }
      self.ready.leave()
    }.start()
  }

  /// A value that is ready already.
  public init(ready value: Value) {
    result = value
    make = nil
  }

  private init(onFirstRead make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  /// This value made into another by `transform` when first read, on the reading thread: no thread
  /// of its own, which would only wait for this one.
  public func map<Other: Sendable>(_ transform: @escaping @Sendable (Value) -> Other) -> Deferred<Other> {
    Deferred<Other>(onFirstRead: { transform(self.value) })
  }

  public var value: Value {
    ready.wait()
    return lock.withLock {
      if let result { return result }
      let made = make!()
      result = made
      make = nil
      return made
    }
  }
}
