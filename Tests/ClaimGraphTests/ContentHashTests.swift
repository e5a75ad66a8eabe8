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
  // Cache keys written by one build must be found by the next: the value is pinned (FNV-1a worked by hand).
  #expect(hash { $0.combine("Erlan Karin") } == "af22eca4eacdb6f24f356007c9c8766d")
}

@Test func contentHashSeparatesItsParts() {
  #expect(hash { $0.combine("ab"); $0.combine("c") } != hash { $0.combine("a"); $0.combine("bc") })
}
