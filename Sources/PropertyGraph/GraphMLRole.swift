/// What a `<data>` value becomes in kg's model, decided once per key from
/// its `attr.name` and the `PropertyGraphOptions`.
enum GraphMLRole: Hashable, Sendable {
  case name
  /// An entity type, or Neo4j labels `:Person:Actor` (the first is the type).
  case type
  case description
  /// kg's own export joins aliases with ", ".
  case aliases
  case relationType
  /// The label of the relation type given by the edge's `type` key, as kg exports it.
  case relationLabel
  case source
  case quote
  /// The graph's title or description, from data on `<graph>`.
  case title
  case graphDescription
  case attribute
  /// yEd's graphics keys and data for domains the reader does not use.
  case ignored
}
