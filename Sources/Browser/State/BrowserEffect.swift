import KnowledgeGraph

/// Work the pure browser core asks its runner to do. Slow work (search, paths)
/// runs off the input loop and comes back as an `InputEvent` tagged with the
/// same generation, so a stale answer never replaces a newer one.
public enum BrowserEffect: Hashable, Sendable {
  case quit
  /// Repaint every cell, not just the changed ones (Ctrl-L).
  case redrawAll
  case search(query: String, generation: Int)
  case findPath(from: EntityIndex, to: EntityIndex, generation: Int)
}
