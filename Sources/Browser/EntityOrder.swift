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

  /// Re-sorts runs whose 16-byte prefixes are equal by the whole folded name.
  private static func sortTies(_ order: inout [UInt32], keys: [NameSortKey], graph: Graph) {
    var start = 0
    while start < keys.count {
      var end = start + 1
      while end < keys.count, keys[end].hasSamePrefix(as: keys[start]) { end += 1 }
      if end - start > 1 {
        let names = order[start..<end].map {
          (name: graph.name(of: EntityIndex($0)).utf8.map(NameSortKey.fold), entity: $0)
        }
        let ordered = names.sorted {
          $0.name == $1.name ? $0.entity < $1.entity : $0.name.lexicographicallyPrecedes($1.name)
        }
        order.replaceSubrange(start..<end, with: ordered.map(\.entity))
      }
      start = end
    }
  }
}
