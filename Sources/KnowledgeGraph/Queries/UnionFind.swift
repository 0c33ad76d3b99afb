/// Disjoint sets over dense integers, for counting connected components of a
/// million entities in flat arrays.
struct UnionFind {
  private var parents: [UInt32]
  private var sizes: [UInt32]

  init(count: Int) {
    parents = (0..<count).map { UInt32(truncatingIfNeeded: $0) }
    sizes = Array(repeating: 1, count: count)
  }

  /// The representative of the element's set, halving the path on the way.
  mutating func root(of element: Int) -> Int {
    var current = element
    while Int(parents[current]) != current {
      let grandparent = parents[Int(parents[current])]
      parents[current] = grandparent
      current = Int(grandparent)
    }
    return current
  }

  mutating func union(_ first: Int, _ second: Int) {
    var larger = root(of: first)
    var smaller = root(of: second)
    guard larger != smaller else { return }
    if sizes[larger] < sizes[smaller] { swap(&larger, &smaller) }
    parents[smaller] = UInt32(truncatingIfNeeded: larger)
    sizes[larger] += sizes[smaller]
  }

  /// The size of every set, one entry per set.
  mutating func setSizes() -> [Int] {
    (0..<parents.count).filter { root(of: $0) == $0 }.map { Int(sizes[$0]) }
  }
}
