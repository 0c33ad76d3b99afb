import KnowledgeGraph

extension TraversalDirection {
  /// Whether a walk this way follows a relation read into the entity (or out of it).
  func follows(isIncoming: Bool) -> Bool {
    switch self {
    case .outgoing: !isIncoming
    case .incoming: isIncoming
    case .both: true
    }
  }
}
