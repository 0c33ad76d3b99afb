/// Collects entities and relations in any order, then sorts them into the
/// compact columns of an immutable `Graph`.
///
/// Relations may be added before their types are declared, because a JSON
/// object's keys may come in any order.
public struct GraphBuilder: Sendable {
  private var strings = StringArena()
  private var entities = EntityColumns()
  private var idLookup: [String: UInt32] = [:]
  private var entityTypes: [String] = []
  private var entityTypeLookup: [String: UInt16] = [:]
  private var relationTypes: [RelationType] = []
  private var relationTypeLookup: [String: UInt16] = [:]
  private var pendingFrom: [UInt32] = []
  private var pendingTo: [UInt32] = []
  private var pendingType: [UInt16] = []
  private var pendingDetails: [Int: RelationDetail] = [:]
  private var pendingSourceKeys: [Int: String] = [:]

  public init() {}

  public var entityCount: Int { entities.count }

  public func entityIndex(forID id: String) -> EntityIndex? {
    idLookup[id].map { EntityIndex($0) }
  }

  /// All entity ids added so far, for "did you mean" suggestions on unknown references.
  public var entityIDs: Dictionary<String, UInt32>.Keys { idLookup.keys }

  /// Adds an entity; returns nil and stores nothing when the id is already taken.
  public mutating func addEntity(
    id: String, name: String, type: String?, aliases: [String], description: String?,
    attributes: [Attribute]
  ) -> EntityIndex? {
    guard idLookup[id] == nil else { return nil }
    let index = UInt32(entities.count)
    idLookup[id] = index
    entities.ids.append(strings.append(id))
    entities.names.append(strings.append(name))
    entities.types.append(internEntityType(type ?? "Entity"))
    entities.descriptions.append(description.map { strings.append($0) } ?? .empty)
    entities.aliases.append(contentsOf: aliases.map { strings.append($0) })
    entities.aliasOffsets.append(UInt32(entities.aliases.count))
    entities.attributes.append(contentsOf: attributes)
    entities.attributeOffsets.append(UInt32(entities.attributes.count))
    return EntityIndex(index)
  }

  private mutating func internEntityType(_ type: String) -> UInt16 {
    if let known = entityTypeLookup[type] { return known }
    let index = UInt16(truncatingIfNeeded: entityTypes.count)
    entityTypes.append(type)
    entityTypeLookup[type] = index
    return index
  }

  /// Declares a type's labels; a later or earlier use of the same key shares it.
  public mutating func declareRelationType(
    key: String, label: String?, inverseLabel: String?, isSymmetric: Bool
  ) {
    let fallback = RelationType.undeclared(key: key)
    let type = RelationType(
      key: key, label: label ?? fallback.label, inverseLabel: inverseLabel ?? fallback.inverseLabel,
      isSymmetric: isSymmetric, isDeclared: true)
    if let known = relationTypeLookup[key] {
      relationTypes[Int(known)] = type
    } else {
      relationTypeLookup[key] = UInt16(truncatingIfNeeded: relationTypes.count)
      relationTypes.append(type)
    }
  }

  /// The handle for a relation type key, creating an undeclared type on first use.
  public mutating func relationType(forKey key: String) -> RelationTypeIndex {
    if let known = relationTypeLookup[key] { return RelationTypeIndex(known) }
    let index = UInt16(truncatingIfNeeded: relationTypes.count)
    relationTypes.append(.undeclared(key: key))
    relationTypeLookup[key] = index
    return RelationTypeIndex(index)
  }

  public mutating func addRelation(
    from: EntityIndex, type: RelationTypeIndex, to: EntityIndex, source: String?, quote: String?,
    attributes: [Attribute]
  ) {
    let ordinal = pendingFrom.count
    pendingFrom.append(from.rawValue)
    pendingTo.append(to.rawValue)
    pendingType.append(type.rawValue)
    if source != nil || quote != nil || !attributes.isEmpty {
      pendingDetails[ordinal] = RelationDetail(
        source: nil, quote: quote.map { strings.append($0) }, attributes: attributes)
      pendingSourceKeys[ordinal] = source
    }
  }

  /// Sorts and deduplicates the relations and freezes everything into a `Graph`.
  public consuming func build(metadata: DatasetMetadata) -> (
    graph: Graph, duplicates: [DuplicateRelation]
  ) {
    normalizeSymmetricRelations()
    let order = sortedRelationOrder()
    var columns = RelationColumns()
    columns.outOffsets = Array(repeating: 0, count: entities.count + 1)
    var duplicates: [DuplicateRelation] = []
    var previous: Int?
    for ordinal in order {
      if let kept = previous, sameRelation(kept, ordinal) {
        duplicates.append(DuplicateRelation(keptOrdinal: kept, droppedOrdinal: ordinal))
        continue
      }
      previous = ordinal
      appendRelation(ordinal, to: &columns, metadata: metadata)
    }
    var running: UInt32 = 0
    for position in 0..<columns.outOffsets.count {
      let count = columns.outOffsets[position]
      columns.outOffsets[position] = running
      running += count
    }
    buildIncoming(&columns)
    let graph = Graph(
      metadata: metadata, relationTypes: relationTypes, entityTypes: entityTypes, strings: strings,
      entities: entities, relations: columns, idLookup: idLookup)
    return (graph, duplicates.sorted { $0.droppedOrdinal < $1.droppedOrdinal })
  }

  private mutating func normalizeSymmetricRelations() {
    for ordinal in pendingFrom.indices
    where relationTypes[Int(pendingType[ordinal])].isSymmetric
      && pendingFrom[ordinal] > pendingTo[ordinal]
    {
      let from = pendingFrom[ordinal]
      pendingFrom[ordinal] = pendingTo[ordinal]
      pendingTo[ordinal] = from
    }
  }

  /// Relation ordinals sorted by (from, type, to, ordinal): a counting sort by
  /// `from`, then a small sort inside each bucket.
  private func sortedRelationOrder() -> [Int] {
    var bucketStarts = Array(repeating: 0, count: entities.count + 1)
    for from in pendingFrom { bucketStarts[Int(from) + 1] += 1 }
    for position in 1..<bucketStarts.count { bucketStarts[position] += bucketStarts[position - 1] }
    var cursor = bucketStarts
    var order = Array(repeating: 0, count: pendingFrom.count)
    for ordinal in pendingFrom.indices {
      let bucket = Int(pendingFrom[ordinal])
      order[cursor[bucket]] = ordinal
      cursor[bucket] += 1
    }
    for bucket in 0..<entities.count where bucketStarts[bucket + 1] - bucketStarts[bucket] > 1 {
      order[bucketStarts[bucket]..<bucketStarts[bucket + 1]].sort {
        (pendingType[$0], pendingTo[$0], $0) < (pendingType[$1], pendingTo[$1], $1)
      }
    }
    return order
  }

  private func sameRelation(_ first: Int, _ second: Int) -> Bool {
    pendingFrom[first] == pendingFrom[second] && pendingType[first] == pendingType[second]
      && pendingTo[first] == pendingTo[second]
  }

  private func appendRelation(
    _ ordinal: Int, to columns: inout RelationColumns, metadata: DatasetMetadata
  ) {
    let relation = UInt32(columns.targets.count)
    columns.targets.append(pendingTo[ordinal])
    columns.types.append(pendingType[ordinal])
    columns.outOffsets[Int(pendingFrom[ordinal])] += 1
    guard var detail = pendingDetails[ordinal] else { return }
    if let key = pendingSourceKeys[ordinal] {
      detail.source = metadata.sources.firstIndex { $0.key == key }.map {
        UInt16(truncatingIfNeeded: $0)
      }
    }
    columns.detailKeys.append(relation)
    columns.details.append(detail)
  }

  /// Fills the incoming side: a counting sort by target over relations that are
  /// already in (from, type, to) order, then a stable sort by type per target.
  private func buildIncoming(_ columns: inout RelationColumns) {
    var starts = Array(repeating: UInt32(0), count: entities.count + 1)
    for target in columns.targets { starts[Int(target) + 1] += 1 }
    for position in 1..<starts.count { starts[position] += starts[position - 1] }
    var cursor = starts
    var incoming = Array(repeating: UInt32(0), count: columns.targets.count)
    for relation in columns.targets.indices {
      let target = Int(columns.targets[relation])
      incoming[Int(cursor[target])] = UInt32(relation)
      cursor[target] += 1
    }
    let types = columns.types
    for target in 0..<entities.count where starts[target + 1] - starts[target] > 1 {
      let range = Int(starts[target])..<Int(starts[target + 1])
      let sorted = incoming[range].enumerated().sorted {
        (types[Int($0.element)], $0.offset) < (types[Int($1.element)], $1.offset)
      }
      incoming.replaceSubrange(range, with: sorted.map(\.element))
    }
    columns.inOffsets = starts
    columns.incoming = incoming
  }
}
