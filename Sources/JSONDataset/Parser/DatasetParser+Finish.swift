import KnowledgeGraph

extension DatasetParser {
  /// Resolves relations read before the entities they name, in file order.
  mutating func resolveDeferredRelations() throws(JSONError) {
    for relation in deferred {
      let from = try resolve(relation.fromOffset, field: .from, relation: relation.ordinal)
      let to = try resolve(relation.toOffset, field: .to, relation: relation.ordinal)
      let isValid = from != GraphBuilder.unresolved && to != GraphBuilder.unresolved
      let resolvedFrom = relation.fromOffset == nil ? builder.pendingFrom[relation.ordinal] : from
      let resolvedTo = relation.toOffset == nil ? builder.pendingTo[relation.ordinal] : to
      builder.resolveRelation(
        relation.ordinal, from: isValid ? resolvedFrom : GraphBuilder.unresolved,
        to: isValid ? resolvedTo : GraphBuilder.unresolved)
      if isValid && resolvedFrom == resolvedTo {
        let offset =
          relation.ordinal < relationOffsets.count ? Int(relationOffsets[relation.ordinal]) : 0
        warnAboutSelfLoop(relation: relation.ordinal, entity: resolvedFrom, at: offset)
      }
    }
    deferred = []
  }

  /// The entity named by the string at `offset`; nil offsets were resolved
  /// when read, and yield a placeholder that is not `unresolved`.
  private mutating func resolve(_ offset: Int?, field: DatasetField, relation: Int)
    throws(JSONError)
    -> UInt32
  {
    guard let offset else { return 0 }
    reader.position = offset
    let bytes = try reader.readString()
    if let entity = builder.entityIndex(forID: bytes) { return entity }
    try reportUnknownEntity(bytes, field: field, relation: relation, at: offset)
    return GraphBuilder.unresolved
  }

  /// Warns once per relation type or source that relations use without declaring it.
  mutating func warnAboutUndeclaredNames() {
    guard log.collectsWarnings else { return }
    for (number, use) in relationTypeUses.enumerated() {
      guard let use, !declaredRelationTypes.contains(UInt16(truncatingIfNeeded: number)) else {
        continue
      }
      let type = builder.relationTypes[number]
      log.warning(
        at: use.offset,
        "relation \(use.relation) uses relation type \(MessageText.quoted(type.key)), which \"relationTypes\" does not declare; it reads \(MessageText.quoted(type.label)) and \(MessageText.quoted(type.inverseLabel))"
      )
    }
    for (number, use) in sourceUses.enumerated() {
      let key = builder.sourceKeys.key(number)
      guard let use, !declaredSourceKeys.contains(key) else { continue }
      log.warning(
        at: use.offset,
        "relation \(use.relation) names source \(MessageText.quoted(key)), which \"sources\" does not declare"
          + MessageText.suggestion(for: key, in: sources.map(\.key)))
    }
  }

  /// The dataset's metadata; sources that relations name without declaring
  /// them are listed after the declared ones, with only their key.
  func metadata(defaultTitle: String) -> DatasetMetadata {
    var all = sources
    for number in 0..<builder.sourceKeys.count {
      let key = builder.sourceKeys.key(number)
      if !declaredSourceKeys.contains(key) {
        all.append(Source(key: key, title: nil, publisher: nil, published: nil, url: nil))
      }
    }
    return DatasetMetadata(
      title: title ?? defaultTitle, description: datasetDescription, sources: all)
  }

  /// Hands over the builder, leaving an empty one, so the parser's buffers can be freed first.
  mutating func takeBuilder() -> GraphBuilder {
    let taken = builder
    builder = GraphBuilder()
    return taken
  }
}
