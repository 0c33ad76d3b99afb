/// Which columns or GraphML keys give an entity its name and type and a
/// relation its type, when a file's own names do not follow the defaults
/// (`label`, `name`, `title`; `type`, `labels`, `kind`; `label`, `type`,
/// `relationship`). Each is matched case-insensitively against a GraphML
/// key's `attr.name` or a CSV column's name.
public struct PropertyGraphOptions: Hashable, Sendable {
  /// The key that holds an entity's name; nil picks the first of the defaults present.
  public var nameKey: String?
  /// The key that holds an entity's type (or Neo4j labels).
  public var typeKey: String?
  /// The key that holds a relation's type.
  public var relationKey: String?

  public init(nameKey: String? = nil, typeKey: String? = nil, relationKey: String? = nil) {
    self.nameKey = nameKey
    self.typeKey = typeKey
    self.relationKey = relationKey
  }
}
