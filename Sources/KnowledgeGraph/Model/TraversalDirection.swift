/// Which relations a neighbourhood walk follows from each entity.
public enum TraversalDirection: String, CaseIterable, Hashable, Sendable {
  /// Only relations the entity states (`from` is the entity).
  case outgoing = "out"
  /// Only relations that point at the entity.
  case incoming = "in"
  case both

  /// The edge lists to walk, outgoing first.
  public var edgeDirections: [EdgeDirection] {
    switch self {
    case .outgoing: [.outgoing]
    case .incoming: [.incoming]
    case .both: [.outgoing, .incoming]
    }
  }
}
