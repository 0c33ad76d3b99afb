/// Shortest paths between entities, walking relations in either direction.
///
/// A step against a relation's direction carries an `.incoming` edge, so it
/// reads with the type's inverse label ("has subsidiary" for `subsidiary_of`).
/// Searches are bidirectional breadth-first searches over the graph's flat
/// adjacency; see `PathSearch`.
public struct PathFinder: Sendable {
  public let graph: Graph

  public init(graph: Graph) { self.graph = graph }

  /// One shortest path of at most `maxHops` steps, or nil when there is none;
  /// an entity reaches itself by the empty path.
  public func shortestPath(from start: EntityIndex, to goal: EntityIndex, maxHops: Int = 6)
    -> [PathStep]?
  {
    shortestPaths(from: start, to: goal, query: PathQuery(maxHops: maxHops)).paths.first
  }

  /// The shortest paths the query asks for, using fresh scratch memory.
  public func shortestPaths(from start: EntityIndex, to goal: EntityIndex, query: PathQuery)
    -> PathResult
  {
    shortestPaths(from: start, to: goal, query: query, workspace: PathWorkspace(graph: graph))
  }

  /// The shortest paths the query asks for, reusing `workspace`; the fast form
  /// for running many searches on one graph.
  public func shortestPaths(
    from start: EntityIndex, to goal: EntityIndex, query: PathQuery, workspace: PathWorkspace
  ) -> PathResult {
    Adjacency.withColumns(of: graph) { adjacency in
      PathSearch(
        graph: graph, adjacency: adjacency, filter: query.relationTypes, workspace: workspace
      ).run(from: start, to: goal, query: query)
    }
  }
}
