import KnowledgeGraph

/// What choosing a search result does.
enum SearchPurpose: Hashable, Sendable {
  /// Opens the entity (`/`).
  case open
  /// Finds the shortest path from this entity to the chosen one (`p`).
  case pathTarget(from: EntityIndex)
}
