import KnowledgeGraph

/// All entities sorted by name, for the list pane, with the inverse mapping
/// so the list can jump to the entity on screen.
///
/// Sorting a million names takes about half a second (release build), so
/// it happens once per graph, never per keystroke: the caller may build it
/// in the background and hand it to `BrowserState`, which otherwise builds
/// it at init. Names compare by their UTF-8 bytes with ASCII letters folded
/// to lower case (ties by dataset order), which is deterministic and cheap:
/// most pairs are decided by a 16-byte integer prefix.
public struct EntityOrder: Sendable {
  private let sorted: [UInt32]
  private let ranks: [UInt32]

  public init(graph: Graph) {
    let keys = Self.sortedKeys(graph)
    var order = keys.map(\.entity)
    Self.sortTies(&order, keys: keys, graph: graph)
    var ranks = [UInt32](repeating: 0, count: order.count)
    for (rank, entity) in order.enumerated() { ranks[Int(entity)] = UInt32(rank) }
    self.sorted = order
    self.ranks = ranks
  }

  public var count: Int { sorted.count }

  /// The entity shown at `position` in the list.
  public func entity(at position: Int) -> EntityIndex { EntityIndex(sorted[position]) }

  /// The list position of `entity`.
  public func position(of entity: EntityIndex) -> Int { Int(ranks[entity.position]) }

  /// Every entity's key, sorted: built and sorted in slices on all cores,
  /// then merged.
  private static func sortedKeys(_ graph: Graph) -> [NameSortKey] {
    let slices = ParallelWork.ranges(
      of: graph.entityCount, count: graph.entityCount >= 1 << 16 ? ParallelWork.width : 1)
    let parts = ParallelWork.map(slices.count) { slice in
      slices[slice].map { entity in
        graph.withNameBytes(of: EntityIndex(entity)) {
          NameSortKey(name: $0, entity: UInt32(truncatingIfNeeded: entity))
        }
      }.sorted()
    }
    return SortedMerge.merged(parts)
  }

  /// Re-sorts runs whose 16-byte prefixes are equal by the whole folded
  /// name, in slices cut at run boundaries on all cores: generated and
  /// real names share long prefixes ("Zhejiang University of ...") often
  /// enough that this is a tenth of the sort.
  private static func sortTies(_ order: inout [UInt32], keys: [NameSortKey], graph: Graph) {
    let slices = tieSlices(keys)
    order.withUnsafeMutableBufferPointer { order in
      let shared = UnsafeOrder(buffer: order)
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

/// Lends the order being sorted to the workers; each sorts its own slice.
private struct UnsafeOrder: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<UInt32>
}
