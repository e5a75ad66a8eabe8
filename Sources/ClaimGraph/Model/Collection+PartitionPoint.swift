extension RandomAccessCollection {
  /// The index of the first element for which `belongsToSecondPart` is true,
  /// in a collection where every such element follows every other one.
  ///
  ///     [1, 3, 5, 7].partitionPoint { $0 > 4 }  // 2
  ///
  /// - Complexity: O(log n).
  func partitionPoint(where belongsToSecondPart: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if belongsToSecondPart(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
