import KnowledgeGraph

/// Where a path request stands.
enum PathStatus: Hashable, Sendable {
  case pending
  case found([PathStep])
  case notFound
}
