import KnowledgeGraph

/// Everything a graph shows, in the graph's own order: every entity and
/// relation by number, the relation and entity types, and the metadata. Two
/// graphs with equal contents number and show everything the same way.
struct GraphContents: Equatable {
  let entities: [Entity]
  let relations: [Relation]
  let relationTypes: [RelationType]
  let entityTypes: [String]
  let metadata: DatasetMetadata

  init(_ graph: Graph) {
    entities = graph.entityIndices.map { graph.entity($0) }
    relations = (0..<graph.relationCount).map { graph.relation(RelationIndex($0)) }
    relationTypes = graph.relationTypes
    entityTypes = graph.entityTypes
    metadata = graph.metadata
  }
}
