/// Collects entities and relations in any order, then sorts them into the
/// compact columns of an immutable `Graph`.
///
/// Relations may be added before their types are declared, because a JSON
/// object's keys may come in any order. Besides the `String` API, it has
/// byte-level entry points that the loader feeds straight from the input
/// buffer, so loading creates no `String` and no allocation per entity.
public struct GraphBuilder: Sendable {
  /// Relation ends that are not (yet) known: deferred or rejected relations.
  package static let unresolved = UInt32.max

  package var strings = StringArena()
  package var entities = EntityColumns()
  package var ids = ByteStringTable()
  package var entityTypes = ByteStringTable()
  package var relationTypes: [RelationType] = []
  package var relationTypeKeys = ByteStringTable()
  package var sourceKeys = ByteStringTable()
  package var pendingFrom: [UInt32] = []
  package var pendingTo: [UInt32] = []
  package var pendingType: [UInt16] = []
  package var detailOrdinals: [UInt32] = []
  package var details: [RelationDetail] = []
  package var relationAttributes: [StoredAttribute] = []

  public init() {}

  /// Reserves room for a dataset of about `byteCount` bytes of JSON, so the
  /// string arena never copies itself while growing.
  package init(expectedByteCount byteCount: Int) {
    strings = StringArena(reservingCapacity: byteCount)
  }

  public var entityCount: Int { entities.count }

  package var relationCount: Int { pendingFrom.count }

  public func entityIndex(forID id: String) -> EntityIndex? {
    ids.find(id).map { EntityIndex($0) }
  }

  package mutating func entityIndex(forID id: UnsafeBufferPointer<UInt8>) -> UInt32? {
    ids.findRemembering(id)
  }

  /// All entity ids added so far, for "did you mean" suggestions on unknown references.
  public var entityIDs: LazyMapSequence<Range<Int>, String> { ids.keys }

  /// Adds an entity; returns nil and stores nothing when the id is already taken.
  public mutating func addEntity(
    id: String, name: String, type: String?, aliases: [String], description: String?,
    attributes: [Attribute]
  ) -> EntityIndex? {
    guard ids.find(id) == nil else { return nil }
    let idRef = strings.append(id)
    let nameRef = strings.append(name)
    let descriptionRef = description.map { strings.append($0) } ?? .empty
    for alias in aliases { appendAlias(strings.append(alias)) }
    for attribute in attributes {
      appendEntityAttribute(
        StoredAttribute(
          key: strings.append(attribute.key),
          value: strings.append(AttributeCoding.json(for: attribute.value))))
    }
    var typeName = type ?? "Entity"
    let typeNumber = typeName.withUTF8 { entityType(forKey: $0) } ?? 0
    let committed = commitEntity(
      id: idRef, name: nameRef, type: typeNumber, description: descriptionRef)
    return committed.isNew ? committed.index : nil
  }

  /// A mark to roll a half-read entity back to; see `rollBack(to:)`.
  package var entityMark: (strings: Int, aliases: Int, attributes: Int) {
    (strings.count, entities.aliases.count, entities.attributes.count)
  }

  package mutating func rollBack(to mark: (strings: Int, aliases: Int, attributes: Int)) {
    strings.removeAll(after: mark.strings)
    entities.aliases.removeSubrange(mark.aliases...)
    entities.attributes.removeSubrange(mark.attributes...)
  }

  package mutating func appendString(_ bytes: UnsafeBufferPointer<UInt8>) -> StringRef {
    strings.append(bytes: bytes)
  }

  package mutating func appendAlias(_ alias: StringRef) { entities.aliases.append(alias) }

  package mutating func appendEntityAttribute(_ attribute: StoredAttribute) {
    entities.attributes.append(attribute)
  }

  /// The number of an entity type name, or nil past 65,535 distinct types.
  package mutating func entityType(forKey key: UnsafeBufferPointer<UInt8>) -> UInt16? {
    let (number, _) = entityTypes.insertRemembering(key)
    return number <= UInt16.max ? UInt16(number) : nil
  }

  /// Completes the entity whose strings, aliases and attributes were appended
  /// since its mark. When the id is taken, stores nothing and returns the
  /// entity that holds it (the caller rolls back the appended strings).
  package mutating func commitEntity(
    id: StringRef, idHash: UInt32? = nil, name: StringRef, type: UInt16, description: StringRef
  )
    -> (index: EntityIndex, isNew: Bool)
  {
    let (number, isNew) = strings.withBytes(of: id) { key in
      idHash.map { ids.insert(key, hash: $0) } ?? ids.insert(key)
    }
    guard isNew else { return (EntityIndex(number), false) }
    entities.ids.append(id)
    entities.names.append(name)
    entities.types.append(type)
    entities.descriptions.append(description)
    entities.aliasOffsets.append(UInt32(truncatingIfNeeded: entities.aliases.count))
    entities.attributeOffsets.append(UInt32(truncatingIfNeeded: entities.attributes.count))
    return (EntityIndex(number), true)
  }

  /// Declares a type's labels; a later or earlier use of the same key shares it.
  public mutating func declareRelationType(
    key: String, label: String?, inverseLabel: String?, isSymmetric: Bool
  ) {
    var key = key
    guard let number = key.withUTF8({ relationTypeNumber(forKey: $0) }) else { return }
    declareRelationType(number, label: label, inverseLabel: inverseLabel, isSymmetric: isSymmetric)
  }

  package mutating func declareRelationType(
    _ number: UInt16, label: String?, inverseLabel: String?, isSymmetric: Bool,
    isStructural: Bool = false
  ) {
    let key = relationTypes[Int(number)].key
    let fallback = RelationType.undeclared(key: key)
    relationTypes[Int(number)] = RelationType(
      key: key, label: label ?? fallback.label, inverseLabel: inverseLabel ?? fallback.inverseLabel,
      isSymmetric: isSymmetric, isDeclared: true, isStructural: isStructural)
  }

  /// The handle for a relation type key, creating an undeclared type on first use.
  public mutating func relationType(forKey key: String) -> RelationTypeIndex {
    var key = key
    return RelationTypeIndex(key.withUTF8 { relationTypeNumber(forKey: $0) } ?? 0)
  }

  /// The number of a relation type key, creating an undeclared type on first
  /// use; nil past 65,535 distinct types.
  package mutating func relationTypeNumber(forKey key: UnsafeBufferPointer<UInt8>) -> UInt16? {
    if let known = relationTypeKeys.find(key) { return UInt16(known) }
    guard relationTypeKeys.count < Int(UInt16.max) else { return nil }
    let number = relationTypeKeys.insert(key).number
    relationTypes.append(.undeclared(key: String(decoding: key, as: UTF8.self)))
    return UInt16(number)
  }

  /// The number of a source key as relations name it; nil past 65,534 sources.
  package mutating func sourceNumber(forKey key: UnsafeBufferPointer<UInt8>) -> UInt16? {
    let (number, _) = sourceKeys.insert(key)
    return number < RelationDetail.noSource ? UInt16(number) : nil
  }

  public mutating func addRelation(
    from: EntityIndex, type: RelationTypeIndex, to: EntityIndex, source: String?, quote: String?,
    attributes: [Attribute]
  ) {
    var sourceKey = source ?? ""
    let sourceNumber = source == nil ? nil : sourceKey.withUTF8 { self.sourceNumber(forKey: $0) }
    let attributeStart = UInt32(truncatingIfNeeded: relationAttributes.count)
    for attribute in attributes {
      relationAttributes.append(
        StoredAttribute(
          key: strings.append(attribute.key),
          value: strings.append(AttributeCoding.json(for: attribute.value))))
    }
    let detail = RelationDetail(
      source: sourceNumber ?? RelationDetail.noSource,
      quote: quote.map { strings.append($0) } ?? .empty,
      attributeStart: attributeStart,
      attributeEnd: UInt32(truncatingIfNeeded: relationAttributes.count))
    addRelation(from: from.rawValue, type: type.rawValue, to: to.rawValue, detail: detail)
  }

  /// Adds a relation by raw numbers; `unresolved` ends are filled in later by
  /// `resolveRelation` or leave the relation out of the graph.
  package mutating func addRelation(from: UInt32, type: UInt16, to: UInt32, detail: RelationDetail)
  {
    if !detail.isEmpty {
      detailOrdinals.append(UInt32(truncatingIfNeeded: pendingFrom.count))
      details.append(detail)
    }
    pendingFrom.append(from)
    pendingTo.append(to)
    pendingType.append(type)
  }

  /// Adds relations gathered elsewhere, in order, as `addRelation` would
  /// one by one: `detailOrdinals` count from the first of them. The first
  /// relations a builder gets are taken as they are, without a copy.
  package mutating func addRelations(
    from: [UInt32], types: [UInt16], to: [UInt32], details: [RelationDetail],
    detailOrdinals ordinals: [UInt32]
  ) {
    guard !pendingFrom.isEmpty else {
      (pendingFrom, pendingTo, pendingType) = (from, to, types)
      (self.details, detailOrdinals) = (details, ordinals)
      return
    }
    let base = UInt32(truncatingIfNeeded: pendingFrom.count)
    detailOrdinals.append(contentsOf: ordinals.lazy.map { $0 + base })
    self.details.append(contentsOf: details)
    pendingFrom.append(contentsOf: from)
    pendingTo.append(contentsOf: to)
    pendingType.append(contentsOf: types)
  }

  package mutating func setRelationEnd(_ ordinal: Int, isTo: Bool, entity: UInt32) {
    if isTo {
      pendingTo[ordinal] = entity
    } else {
      pendingFrom[ordinal] = entity
    }
  }

  package mutating func resolveRelation(_ ordinal: Int, from: UInt32, to: UInt32) {
    pendingFrom[ordinal] = from
    pendingTo[ordinal] = to
  }

  package mutating func appendRelationAttribute(_ attribute: StoredAttribute) {
    relationAttributes.append(attribute)
  }

  package var relationAttributeCount: UInt32 {
    UInt32(truncatingIfNeeded: relationAttributes.count)
  }

  /// Sorts and deduplicates the relations and freezes everything into a `Graph`.
  public consuming func build(metadata: DatasetMetadata) -> (
    graph: Graph, duplicates: [DuplicateRelation]
  ) {
    let from = pendingFrom
    let to = pendingTo
    pendingFrom = []
    pendingTo = []
    var assembler = RelationAssembler(
      entityCount: entities.count, from: consume from, to: consume to, types: pendingType,
      symmetric: relationTypes.map(\.isSymmetric))
    var declaredSources: [String: UInt16] = [:]
    for (index, source) in metadata.sources.enumerated().reversed()
    where index < Int(RelationDetail.noSource) {
      declaredSources[source.key] = UInt16(index)
    }
    let sourceMap: [UInt16] = sourceKeys.keys.map { declaredSources[$0] ?? RelationDetail.noSource }
    var columns = assembler.assemble(
      detailOrdinals: detailOrdinals,
      details: details.map { detail in
        var mapped = detail
        if detail.source != RelationDetail.noSource {
          mapped.source = sourceMap[Int(detail.source)]
        }
        return mapped
      })
    columns.attributes = relationAttributes
    let graph = Graph(
      metadata: metadata, relationTypes: relationTypes, relationTypeKeys: relationTypeKeys,
      entityTypes: entityTypes.keys.map { $0 }, strings: strings, entities: entities,
      relations: columns, ids: ids)
    return (graph, assembler.duplicates)
  }
}
