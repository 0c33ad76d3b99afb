/// Shortest paths between entities, walking relations in either direction.
///
/// Temporary implementation: breadth-first search from one side; replaced by
/// bidirectional search with type filters.
public struct PathFinder: Sendable {
  public let graph: Graph

  public init(graph: Graph) { self.graph = graph }

  public func shortestPath(from start: EntityIndex, to goal: EntityIndex, maxHops: Int = 6)
    -> [PathStep]?
  {
    var reachedBy: [EntityIndex: PathStep] = [:]
    var frontier = [start]
    var seen: Set<EntityIndex> = [start]
    for _ in 0..<maxHops where !frontier.isEmpty {
      var next: [EntityIndex] = []
      for entity in frontier {
        for direction in [EdgeDirection.outgoing, .incoming] {
          for edge in graph.edges(of: entity, direction: direction)
          where seen.insert(edge.other).inserted {
            reachedBy[edge.other] = PathStep(from: entity, edge: edge)
            next.append(edge.other)
          }
        }
      }
      if seen.contains(goal) { break }
      frontier = next
    }
    guard start == goal || reachedBy[goal] != nil else { return nil }
    var steps: [PathStep] = []
    var cursor = goal
    while let step = reachedBy[cursor] {
      steps.append(step)
      cursor = step.from
    }
    return steps.reversed()
  }
}
