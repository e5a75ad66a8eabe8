@testable import ClaimGraph
import Dispatch
import Foundation
import Testing

/// How many times something ran, from any thread.
private final class Count: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func add() { lock.withLock { value += 1 } }
  var total: Int { lock.withLock { value } }
}

@Suite("Deferred values") struct DeferredTests {
  @Test func aValueComputedOnAnotherThreadIsReadOnceReady() {
    let lexiconBuilt = DispatchSemaphore(value: 0)
    let deferred = Deferred { () -> String in
      lexiconBuilt.wait()
      return "lexicon"
    }
    lexiconBuilt.signal()
    #expect(deferred.value == "lexicon")
    #expect(deferred.value == "lexicon")
  }

  @Test func aMappedValueIsMadeOnceHoweverManyThreadsReadIt() {
    let pipelinesMade = Count()
    let lexicon = Deferred { () -> [String] in
      Thread.sleep(forTimeInterval: 0.02)
      return ["Tokayev", "Karin"]
    }
    let pipeline = lexicon.map { words -> Int in
      pipelinesMade.add()
      return words.count
    }
    let counts = ResultSlots<Int>(count: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { counts[$0] = pipeline.value }
    #expect(counts.values == Array(repeating: 2, count: 8))
    #expect(pipelinesMade.total == 1)
  }

  @Test func aMappedValueIsNotMadeUntilRead() {
    let made = Count()
    let pipeline = Deferred(ready: "gazetteers").map { folder -> String in
      made.add()
      return folder + "/"
    }
    #expect(made.total == 0)
    #expect(pipeline.value == "gazetteers/")
    #expect(made.total == 1)
  }
}
