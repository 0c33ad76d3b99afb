import KnowledgeGraph

/// Plain breadth-first search over `Graph.edges`, the reference that the
/// bidirectional path search is checked against.
struct BruteForcePaths {
  let graph: Graph
  let filter: RelationTypeFilter?

  func edges(of entity: EntityIndex) -> [Edge] {
    (Array(graph.edges(of: entity, direction: .outgoing))
      + Array(graph.edges(of: entity, direction: .incoming)))
      .filter { filter?.allows($0.type) ?? true }
  }

  /// Distances from `start`, and how many shortest walks (counting parallel
  /// relations separately) reach each entity.
  func distancesAndCounts(from start: EntityIndex) -> (distance: [Int?], count: [Int]) {
    var distance = [Int?](repeating: nil, count: graph.entityCount)
    var count = [Int](repeating: 0, count: graph.entityCount)
    distance[start.position] = 0
    count[start.position] = 1
    var queue = [start]
    var head = 0
    while head < queue.count {
      let entity = queue[head]
      head += 1
      for edge in edges(of: entity) where edge.other != entity {
        let next = distance[entity.position]! + 1
        if distance[edge.other.position] == nil {
          distance[edge.other.position] = next
          queue.append(edge.other)
        }
        if distance[edge.other.position] == next {
          count[edge.other.position] = min(
            count[edge.other.position] + count[entity.position], 1_000_000)
        }
      }
    }
    return (distance, count)
  }
}
