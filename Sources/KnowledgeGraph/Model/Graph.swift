/// An immutable in-memory knowledge graph: entities, typed directed relations,
/// and adjacency in both directions.
///
/// Built once by `GraphBuilder` (usually through `DatasetLoader`) and then shared
/// read-only between the browser, search and path finding, which is why it is
/// a `Sendable` class of constant columns.
public final class Graph: Sendable {
  public let metadata: DatasetMetadata
  public let relationTypes: [RelationType]
  /// The distinct entity types, in order of first appearance.
  public let entityTypes: [String]
  package let strings: StringArena
  package let entities: EntityColumns
  package let relations: RelationColumns
  /// Entity ids numbered by entity index, for lookups by id without a `[String: UInt32]`.
  let ids: ByteStringTable
  let relationTypeKeys: ByteStringTable

  init(
    metadata: DatasetMetadata, relationTypes: [RelationType], relationTypeKeys: ByteStringTable,
    entityTypes: [String], strings: StringArena, entities: EntityColumns,
    relations: RelationColumns, ids: ByteStringTable
  ) {
    self.metadata = metadata
    self.relationTypes = relationTypes
    self.relationTypeKeys = relationTypeKeys
    self.entityTypes = entityTypes
    self.strings = strings
    self.entities = entities
    self.relations = relations
    self.ids = ids
  }

  public var entityCount: Int { entities.count }
  public var relationCount: Int { relations.count }

  /// Every entity handle, in dataset order.
  public var entityIndices: LazyMapSequence<Range<Int>, EntityIndex> {
    (0..<entityCount).lazy.map { EntityIndex($0) }
  }

  public func entityIndex(forID id: String) -> EntityIndex? {
    ids.find(id).map { EntityIndex($0) }
  }

  public func id(of entity: EntityIndex) -> String { strings.string(entities.ids[entity.position]) }
  public func name(of entity: EntityIndex) -> String {
    strings.string(entities.names[entity.position])
  }

  /// Lends the name's UTF-8 bytes without making a `String`, for work done
  /// on every entity (sorting a million names).
  public func withNameBytes<Result>(
    of entity: EntityIndex, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    strings.withBytes(of: entities.names[entity.position], body)
  }
  public func type(of entity: EntityIndex) -> String {
    entityTypes[Int(entities.types[entity.position])]
  }
  public func typeIndex(of entity: EntityIndex) -> Int { Int(entities.types[entity.position]) }

  public func aliases(of entity: EntityIndex) -> [String] {
    let range =
      Int(entities.aliasOffsets[entity.position])..<Int(entities.aliasOffsets[entity.position + 1])
    return entities.aliases[range].map { strings.string($0) }
  }

  public func description(of entity: EntityIndex) -> String? {
    let ref = entities.descriptions[entity.position]
    return ref.isEmpty ? nil : strings.string(ref)
  }

  public func attributes(of entity: EntityIndex) -> [Attribute] {
    let range =
      Int(
        entities.attributeOffsets[entity.position])..<Int(
        entities.attributeOffsets[entity.position + 1])
    return entities.attributes[range].map(materialize)
  }

  private func materialize(_ attribute: StoredAttribute) -> Attribute {
    Attribute(
      key: strings.string(attribute.key),
      value: strings.withBytes(of: attribute.value) { AttributeCoding.value(fromJSON: $0) })
  }

  public func entity(_ entity: EntityIndex) -> Entity {
    Entity(
      index: entity, id: id(of: entity), name: name(of: entity), type: type(of: entity),
      aliases: aliases(of: entity), description: description(of: entity),
      attributes: attributes(of: entity))
  }

  public func relationType(_ type: RelationTypeIndex) -> RelationType {
    relationTypes[type.position]
  }

  public func relationTypeIndex(forKey key: String) -> RelationTypeIndex? {
    relationTypeKeys.find(key).map { RelationTypeIndex(Int($0)) }
  }

  /// The label an edge shows from its listing side: the inverse label for incoming edges.
  public func label(of edge: Edge) -> String {
    let type = relationTypes[edge.type.position]
    return edge.direction == .outgoing ? type.label : type.inverseLabel
  }

  public func relation(_ relation: RelationIndex) -> Relation {
    let position = relation.position
    let detail = relations.detail(of: position)
    return Relation(
      index: relation, from: EntityIndex(relations.source(of: position)),
      type: RelationTypeIndex(relations.types[position]),
      to: EntityIndex(relations.targets[position]),
      source: detail.flatMap { sourceKey($0.source) },
      quote: detail.flatMap { $0.quote.isEmpty ? nil : strings.string($0.quote) },
      attributes: detail.map {
        relations.attributes[Int($0.attributeStart)..<Int($0.attributeEnd)].map(materialize)
      } ?? [])
  }

  private func sourceKey(_ source: UInt16) -> String? {
    Int(source) < metadata.sources.count ? metadata.sources[Int(source)].key : nil
  }

  /// Outgoing or incoming edges of an entity as a random-access view: O(1) to make,
  /// O(1) per element, so a hub with 100,000 relations costs nothing until read.
  public func edges(of entity: EntityIndex, direction: EdgeDirection) -> EdgeList {
    let offsets = direction == .outgoing ? relations.outOffsets : relations.inOffsets
    let range = Int(offsets[entity.position])..<Int(offsets[entity.position + 1])
    return EdgeList(graph: self, direction: direction, storage: range)
  }

  public func degree(of entity: EntityIndex) -> Int {
    let position = entity.position
    let outgoing = relations.outOffsets[position + 1] - relations.outOffsets[position]
    let incoming = relations.inOffsets[position + 1] - relations.inOffsets[position]
    return Int(outgoing + incoming)
  }

  /// The entity's edges grouped by type and direction, outgoing first, each in
  /// type order; found by binary search, so the cost grows with the number of
  /// groups rather than the number of relations.
  public func relationGroups(of entity: EntityIndex) -> [RelationGroup] {
    groups(in: edges(of: entity, direction: .outgoing))
      + groups(in: edges(of: entity, direction: .incoming))
  }

  private func groups(in list: EdgeList) -> [RelationGroup] {
    var result: [RelationGroup] = []
    var start = 0
    while start < list.count {
      let type = list[start].type
      var low = start + 1
      var high = list.count
      while low < high {
        let middle = (low + high) / 2
        if list[middle].type == type { low = middle + 1 } else { high = middle }
      }
      result.append(RelationGroup(type: type, direction: list.direction, range: start..<low))
      start = low
    }
    return result
  }

  func edge(atStorage position: Int, direction: EdgeDirection) -> Edge {
    switch direction {
    case .outgoing:
      return Edge(
        relation: RelationIndex(position), type: RelationTypeIndex(relations.types[position]),
        direction: .outgoing, other: EntityIndex(relations.targets[position]))
    case .incoming:
      let relation = Int(relations.incoming[position])
      return Edge(
        relation: RelationIndex(relation), type: RelationTypeIndex(relations.types[relation]),
        direction: .incoming, other: EntityIndex(relations.source(of: relation)))
    }
  }

  /// Bytes held by adjacency and per-relation columns, excluding string bytes;
  /// the scale benchmark reports it per relation.
  public var structureByteCount: Int {
    relations.targets.count * 4 + relations.types.count * 2 + relations.incoming.count * 4
      + relations.outOffsets.count * 4 + relations.inOffsets.count * 4
  }
}
