import KnowledgeGraph

/// Builds a `Graph` from the drafts of nodes and edges that a GraphML or
/// CSV reader hands it, keeping the relation types and sources they name.
struct GraphAssembly {
  /// The fallback relation type for an edge that names none.
  static let defaultRelationType = "linked to"

  private var builder = GraphBuilder()
  private var relationTypes = RelationTypeTable()
  private var sourceKeys: [String] = []
  private var knownSources: Set<String> = []

  /// Adds an entity; false when its id is taken.
  mutating func addEntity(id: String, draft: ItemDraft) -> Bool {
    builder.addEntity(
      id: id, name: draft.name ?? id, type: draft.type, aliases: draft.aliases,
      description: draft.description, attributes: draft.attributes) != nil
  }

  mutating func entityIndex(forID id: UnsafeBufferPointer<UInt8>) -> EntityIndex? {
    builder.entityIndex(forID: id).map(EntityIndex.init)
  }

  /// Adds a relation; false when it would be the 65,536th relation type.
  mutating func addRelation(
    from: EntityIndex, to: EntityIndex, draft: ItemDraft, isUndirected: Bool
  ) -> Bool {
    guard
      let type = relationTypes.index(
        forKey: draft.relationType ?? Self.defaultRelationType, label: draft.relationLabel,
        isUndirected: isUndirected, builder: &builder)
    else { return false }
    if let source = draft.source, knownSources.insert(source).inserted {
      sourceKeys.append(source)
    }
    builder.addRelation(
      from: from, type: type, to: to, source: draft.source, quote: draft.quote,
      attributes: draft.attributes)
    return true
  }

  consuming func graph(title: String, description: String?) -> Graph {
    relationTypes.declare(into: &builder)
    let sources = sourceKeys.map {
      Source(key: $0, title: nil, publisher: nil, published: nil, url: nil)
    }
    return builder.build(
      metadata: DatasetMetadata(title: title, description: description, sources: sources)
    ).graph
  }
}
