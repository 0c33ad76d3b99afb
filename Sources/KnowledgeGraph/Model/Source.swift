/// Where a relation's claim comes from, e.g. the news article or general background knowledge.
public struct Source: Hashable, Sendable {
  /// The key relations use in their `source` field.
  public let key: String
  public let title: String?
  public let publisher: String?
  public let published: String?
  public let url: String?

  public init(key: String, title: String?, publisher: String?, published: String?, url: String?) {
    self.key = key
    self.title = title
    self.publisher = publisher
    self.published = published
    self.url = url
  }

  /// The title when there is one, otherwise the key, so provenance always has a name.
  public var displayTitle: String { title ?? key }
}
