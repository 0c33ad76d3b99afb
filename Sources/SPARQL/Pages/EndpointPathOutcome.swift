import KnowledgeGraph

/// What a path search over an endpoint found, with what it cost.
public enum EndpointPathOutcome: Sendable {
  /// A shortest path, as a small graph holding its steps, for kg's reports.
  case found(graph: Graph, result: PathResult, start: EntityIndex, goal: EntityIndex, queries: Int)
  /// No path within `hops`; `isExhausted` when the budget (queries or time)
  /// or a capped hop stopped the search before it could say there is none.
  case none(hops: Int, queries: Int, isExhausted: Bool)
}
