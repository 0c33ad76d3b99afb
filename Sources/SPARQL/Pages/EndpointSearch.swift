import GraphSearch
import KnowledgeGraph

/// Search results from an endpoint: the candidates' names and types as a
/// small graph, ranked by kg's own index, so the order matches a file's.
public struct EndpointSearch: Sendable {
  public let graph: Graph
  public let results: [SearchResult]
  /// Whether the endpoint cut the candidates short.
  public let isPartial: Bool
  /// Whether kg's label index found them, with no query, rather than the
  /// endpoint's `CONTAINS`: the browser says which.
  public var isFromLabelIndex = false
}
