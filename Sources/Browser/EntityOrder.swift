import KnowledgeGraph

/// All entities sorted by name, for the list pane, with the inverse mapping
/// so the list can jump to the entity on screen.
///
/// Sorting a million names takes a noticeable fraction of a second, so it
/// happens once per graph: the caller may build it in the background and
/// hand it to `BrowserState`, which otherwise builds it at init. Names
/// compare by their UTF-8 bytes with ASCII letters folded to lower case
/// (ties by dataset order), which is deterministic and cheap: most pairs
/// are decided by an 8-byte integer prefix.
public struct EntityOrder: Sendable {
  private let sorted: [UInt32]
  private let ranks: [UInt32]

  public init(graph: Graph) {
    let keys = Array(graph.entityIndices.map { Self.prefixKey(graph.name(of: $0)) })
    var order = (0..<UInt32(truncatingIfNeeded: graph.entityCount)).map { $0 }
    order.sort { (keys[Int($0)], $0) < (keys[Int($1)], $1) }
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

  /// Re-sorts runs whose 8-byte prefixes are equal by the whole folded name.
  private static func sortTies(_ order: inout [UInt32], keys: [UInt64], graph: Graph) {
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, keys[Int(order[end])] == keys[Int(order[start])] { end += 1 }
      if end - start > 1 {
        let names = order[start..<end].map {
          (Array(folded(graph.name(of: EntityIndex($0)))), $0)
        }
        let ordered = names.sorted {
          ($0.0.lexicographicallyPrecedes($1.0)) || ($0.0 == $1.0 && $0.1 < $1.1)
        }
        order.replaceSubrange(start..<end, with: ordered.map(\.1))
      }
      start = end
    }
  }

  private static func folded(_ name: String) -> [UInt8] {
    name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
  }

  private static func prefixKey(_ name: String) -> UInt64 {
    var key: UInt64 = 0
    var taken = 0
    for byte in name.utf8 where taken < 8 {
      let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      key = key << 8 | UInt64(folded)
      taken += 1
    }
    return key << (8 * UInt64(8 - taken))
  }
}
