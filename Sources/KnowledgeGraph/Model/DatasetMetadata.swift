/// The dataset-level fields that describe a dataset rather than its graph.
public struct DatasetMetadata: Hashable, Sendable {
  public let title: String
  public let description: String?
  /// Sources in the order the dataset declares them.
  public let sources: [Source]

  public init(title: String, description: String?, sources: [Source]) {
    self.title = title
    self.description = description
    self.sources = sources
  }

  public func source(forKey key: String) -> Source? { sources.first { $0.key == key } }
}
