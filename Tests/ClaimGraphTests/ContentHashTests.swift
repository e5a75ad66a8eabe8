@testable import ClaimGraph
import Foundation
import Testing

private func hash(_ build: (inout ContentHash) -> Void) -> String {
  var hash = ContentHash()
  build(&hash)
  return hash.hex
}

@Test func contentHashIsTheSameForDataArraysAndAnySequence() {
  let text = "Astana, 12 March 2024 — “We will not accept it,” said Aigerim Seitkali."
  let fromData = hash { $0.combine(Data(text.utf8)) }
  #expect(hash { $0.combine(Array(text.utf8)) } == fromData)
  #expect(hash { $0.combine(text.utf8.lazy.map { $0 }) } == fromData)
  #expect(hash { $0.combine(text) } == fromData)
}

@Test func contentHashIsStableAcrossReleases() {
  // Cache keys written by one build must be found by the next: the value is pinned, so that a change is deliberate.
  #expect(hash { $0.combine("Erlan Karin") } == "64cb3fb98a6038fadca0186f44509231")
}

@Test func contentHashChangesWithAnyByteOfALongText() {
  let text = Array("The Mazhilis adopted the draft law on mass media in its first reading on Wednesday.".utf8)
  let whole = hash { $0.combine(text) }
  for index in text.indices {
    var changed = text
    changed[index] ^= 0x01
    #expect(hash { $0.combine(changed) } != whole, "byte \(index)")
  }
}

@Test func contentHashSeparatesItsParts() {
  #expect(hash { $0.combine("ab"); $0.combine("c") } != hash { $0.combine("a"); $0.combine("bc") })
}
