/// Which way a relation points as seen from the entity being listed.
public enum EdgeDirection: Hashable, Sendable {
  /// The listed entity is the relation's `from`; shown with the type's label.
  case outgoing
  /// The listed entity is the relation's `to`; shown with the type's inverse label.
  case incoming
}
