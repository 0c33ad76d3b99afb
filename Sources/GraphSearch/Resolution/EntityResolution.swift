import KnowledgeGraph

/// What a name typed on the command line refers to.
public enum EntityResolution: Hashable, Sendable {
  case found(EntityIndex)
  /// Several entities carry the name; listed in dataset order.
  case ambiguous([EntityIndex])
  /// Nothing carries the name; the closest entities, best first (possibly none).
  case notFound(suggestions: [EntityIndex])
}
