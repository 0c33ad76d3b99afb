/// Which field of an entity a search matched, so output can say why it is a result.
public enum MatchedField: Hashable, Sendable {
  case name
  /// The alias at this position in the entity's alias list.
  case alias(Int)
  case id
  case type
  case description
}
