import KnowledgeGraph
import Parallel

/// The whole name order of a graph and its inverse; see `EntityOrder`.
struct NameRanking: Sendable {
  let sorted: [UInt32]
  let ranks: [UInt32]

  /// Sorts `slices` of keys (each slice's keys in any order) on all cores,
  /// merges them, and orders runs with equal keys by their whole names.
  init(slices: [[NameSortKey]], graph: Graph) {
    let keys = SortedMerge.merged(ParallelWork.map(slices.count) { slices[$0].sorted() })
    var order = keys.map(\.entity)
    Self.sortTies(&order, keys: keys, graph: graph)
    var ranks = [UInt32](repeating: 0, count: order.count)
    for (rank, entity) in order.enumerated() { ranks[Int(entity)] = UInt32(rank) }
    sorted = order
    self.ranks = ranks
  }

  /// Re-sorts runs whose 16-byte prefixes are equal by the whole folded
  /// name, in slices cut at run boundaries on all cores: generated and
  /// real names share long prefixes ("Zhejiang University of ...") often
  /// enough that this is a tenth of the sort.
  static func sortTies(_ order: inout [UInt32], keys: [NameSortKey], graph: Graph) {
    let slices = tieSlices(keys)
    order.withUnsafeMutableBufferPointer { order in
      let shared = SharedBuffer(order)
      _ = ParallelWork.map(slices.count) { slice in
        sortTies(shared.buffer, keys: keys, in: slices[slice], graph: graph)
      }
    }
  }

  private static func sortTies(
    _ order: UnsafeMutableBufferPointer<UInt32>, keys: [NameSortKey], in slice: Range<Int>,
    graph: Graph
  ) {
    var start = slice.lowerBound
    while start < slice.upperBound {
      var end = start + 1
      while end < slice.upperBound, keys[end].hasSamePrefix(as: keys[start]) { end += 1 }
      if end - start > 1 {
        var run = UnsafeMutableBufferPointer(rebasing: order[start..<end])
        run.sort { first, second in namePrecedes(first, second, graph: graph) }
      }
      start = end
    }
  }

  /// Up to `ParallelWork.width` ranges of nearly equal size, none of which
  /// splits a run of keys with the same prefix.
  private static func tieSlices(_ keys: [NameSortKey]) -> [Range<Int>] {
    var bounds = [0]
    for slice in 1..<ParallelWork.width {
      var bound = max(bounds[bounds.count - 1], keys.count * slice / ParallelWork.width)
      while bound > 0, bound < keys.count, keys[bound].hasSamePrefix(as: keys[bound - 1]) {
        bound += 1
      }
      bounds.append(bound)
    }
    bounds.append(keys.count)
    return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
  }

  /// Whether `first`'s folded name sorts before `second`'s, ties by dataset order.
  private static func namePrecedes(_ first: UInt32, _ second: UInt32, graph: Graph) -> Bool {
    graph.withNameBytes(of: EntityIndex(first)) { firstName in
      graph.withNameBytes(of: EntityIndex(second)) { secondName in
        for (firstByte, secondByte) in zip(firstName, secondName) {
          let (folded, other) = (NameSortKey.fold(firstByte), NameSortKey.fold(secondByte))
          if folded != other { return folded < other }
        }
        return firstName.count == secondName.count
          ? first < second : firstName.count < secondName.count
      }
    }
  }
}
