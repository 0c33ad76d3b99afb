/// What a CSV column holds, from its header: a Neo4j field such as `:ID`
/// or `:START_ID(Person)`, or a property with a declared type.
enum CSVColumnRole: Hashable, Sendable {
  /// A node's id, in an ID space (nil for the global one).
  case id(space: String?)
  /// Neo4j labels, `;`-separated: the first is the entity type.
  case labels
  case startID(space: String?)
  case endID(space: String?)
  case relationType
  case name
  case type
  case description
  case property(ValueKind, isArray: Bool)
  case ignored
}
