/// A materialized view of one entity, built on demand from the graph's compact storage.
///
/// Views are cheap to make for the handful of entities on screen; bulk work
/// (search, paths) reads the graph's columns directly instead.
public struct Entity: Hashable, Sendable {
  public let index: EntityIndex
  /// The dataset's string id, e.g. `alimama`.
  public let id: String
  public let name: String
  public let type: String
  public let aliases: [String]
  public let description: String?
  public let attributes: [Attribute]

  public init(
    index: EntityIndex, id: String, name: String, type: String, aliases: [String],
    description: String?, attributes: [Attribute]
  ) {
    self.index = index
    self.id = id
    self.name = name
    self.type = type
    self.aliases = aliases
    self.description = description
    self.attributes = attributes
  }
}
