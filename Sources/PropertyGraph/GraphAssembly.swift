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

  var entityCount: Int { builder.entityCount }

  /// Adds an entity; false when its id is taken.
  mutating func addEntity(id: String, draft: ItemDraft) -> Bool {
    builder.addEntity(
      id: id, name: draft.name ?? id, type: draft.type, aliases: draft.aliases,
      description: draft.description, attributes: draft.attributes) != nil
  }

  /// The entity numbers of many ids at once, `ByteStringTable.notFound` for unknown ones.
  func findAll(_ keys: [StringRef], in bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    var results = [UInt32](repeating: ByteStringTable.notFound, count: keys.count)
    results.withUnsafeMutableBufferPointer { results in
      keys.withUnsafeBufferPointer { builder.ids.findAll($0, in: bytes, into: results) }
    }
    return results
  }

  mutating func entityIndex(forID id: UnsafeBufferPointer<UInt8>) -> EntityIndex? {
    builder.entityIndex(forID: id).map(EntityIndex.init)
  }

  /// The relation type named by `key`, or the fallback "linked to" for
  /// nil; nil past 65,535 relation types.
  mutating func relationType(
    forKey key: UnsafeBufferPointer<UInt8>?, label: String?, isUndirected: Bool
  ) -> RelationTypeIndex? {
    guard let key, !key.isEmpty else {
      var fallback = Self.defaultRelationType
      return fallback.withUTF8 {
        relationTypes.index(forKey: $0, label: label, isUndirected: isUndirected, builder: &builder)
      }
    }
    return relationTypes.index(
      forKey: key, label: label, isUndirected: isUndirected, builder: &builder)
  }

  mutating func relationType(forKey key: String?, label: String?, isUndirected: Bool)
    -> RelationTypeIndex?
  {
    guard var key else {
      return relationType(
        forKey: UnsafeBufferPointer<UInt8>?.none, label: label, isUndirected: isUndirected)
    }
    return key.withUTF8 { relationType(forKey: $0, label: label, isUndirected: isUndirected) }
  }

  /// Takes over the relation types of another assembly, which read part of
  /// the same file; returns this assembly's type for each of its types.
  mutating func adoptRelationTypes(of other: GraphAssembly) -> [RelationTypeIndex]? {
    relationTypes.adopt(other.relationTypes, builder: &builder)
  }

  /// Adds a relation with the source, quote and attributes of `detail`, if any.
  mutating func addRelation(
    from: EntityIndex, type: RelationTypeIndex, to: EntityIndex, detail: ItemDraft?
  ) {
    if let source = detail?.source, knownSources.insert(source).inserted {
      sourceKeys.append(source)
    }
    builder.addRelation(
      from: from, type: type, to: to, source: detail?.source, quote: detail?.quote,
      attributes: detail?.attributes ?? [])
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
