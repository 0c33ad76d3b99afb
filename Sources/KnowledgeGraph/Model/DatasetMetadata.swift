/// The dataset-level fields that describe a dataset rather than its graph.
public struct DatasetMetadata: Hashable, Sendable {
  public let title: String
  public let description: String?
  /// Sources in the order the dataset declares them.
  public let sources: [Source]
  /// The prefixes that the graph's ids use, in the order they were declared;
  /// empty for graphs whose ids are not IRIs (kg's own format).
  public let namespaces: [Namespace]

  public init(
    title: String, description: String?, sources: [Source], namespaces: [Namespace] = []
  ) {
    self.title = title
    self.description = description
    self.sources = sources
    self.namespaces = namespaces
  }

  public func source(forKey key: String) -> Source? { sources.first { $0.key == key } }
}
