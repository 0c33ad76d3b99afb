import KnowledgeGraph

/// The entities within some hops of one entity on an endpoint, as a small
/// graph holding the relations that reach them and their names, so kg's
/// neighbourhood report and exporters work on it as on a file.
public struct EndpointNeighborhood: Sendable {
  public let graph: Graph
  public let center: EntityIndex
  /// Whether a hop had more relations than one query fetches.
  public let isPartial: Bool
}
