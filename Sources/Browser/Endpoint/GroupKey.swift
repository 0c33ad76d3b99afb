import KnowledgeGraph

/// A relation group of one entity: its type and direction.
struct GroupKey: Hashable, Sendable {
  let type: RelationTypeIndex
  let direction: EdgeDirection
}
