import KnowledgeGraph

extension DatasetParser {
  mutating func readEntities(progress: (Double) -> Void) throws(JSONError) {
    guard try expect(.array, "\"entities\"") else { return }
    try reader.enterContainer()
    var isFirst = true
    var number = 0
    while try reader.nextElement(isFirst: &isFirst) {
      try readEntity(number)
      number += 1
      if number & 0x3FFF == 0 { reportProgress(progress) }
    }
    hasReadEntities = true
    speculation?.entitiesAreKnown(builder.ids)
  }

  private mutating func readEntity(_ number: Int) throws(JSONError) {
    guard try expect(.object, "entity \(number)") else { return }
    let objectOffset = reader.position
    let mark = builder.entityMark
    var draft = EntityDraft()
    try reader.enterContainer()
    var isFirst = true
    var previous: DatasetField?
    while true {
      let field: DatasetField
      if let predicted = consumePredictedEntityKey(after: previous, isFirst: isFirst) {
        (field, isFirst) = (predicted, false)
      } else {
        guard let key = try reader.nextKey(isFirst: &isFirst) else { break }
        guard let matched = DatasetField.match(key, among: DatasetObjectKind.entityFields) else {
          try skipUnknown(key, in: "entity \(number)", kind: .entity)
          continue
        }
        field = matched
      }
      guard try note(field, in: &draft.seen, of: "entity \(number)") else {
        draft.isValid = false
        continue
      }
      try readEntityField(field, of: number, into: &draft)
      previous = field
    }
    if try !commit(draft, number: number, at: objectOffset) { builder.rollBack(to: mark) }
  }

  private mutating func readEntityField(
    _ field: DatasetField, of number: Int, into draft: inout EntityDraft
  )
    throws(JSONError)
  {
    if field == .aliases {
      draft.isValid = try readAliases(of: number) && draft.isValid
      return
    }
    if field == .attributes {
      draft.isValid =
        try readAttributes(of: "entity \(number)", forRelation: false) && draft.isValid
      return
    }
    guard let bytes = try string("entity \(number): \"\(field.name)\"") else {
      draft.isValid = false
      return
    }
    switch field {
    case .id:
      draft.idOffset = reader.tokenStart
      if bytes.isEmpty {
        try log.error(at: reader.tokenStart, "entity \(number): \"id\" must not be empty")
        draft.isValid = false
      }
      draft.id = builder.appendString(bytes)
      draft.idHash = builder.ids.hashAndPrefetch(bytes)
    case .name: draft.name = builder.appendString(bytes)
    case .type:
      draft.type = builder.entityType(forKey: bytes)
      if draft.type == nil {
        try log.error(at: reader.tokenStart, "more than 65,535 entity types")
        draft.isValid = false
      }
    default: draft.description = builder.appendString(bytes)
    }
  }

  /// Consumes the key that `kg export` writes after `previous` (or first),
  /// or the one after that, when the input holds exactly it: matching a
  /// literal is cheaper than reading the key and looking it up, four
  /// million times in a million-entity file.
  private mutating func consumePredictedEntityKey(after previous: DatasetField?, isFirst: Bool)
    -> DatasetField?
  {
    let keyStart = previous == nil ? reader.position : reader.position + 1
    guard let field = predictedEntityKey(after: previous, isFirst: isFirst) else { return nil }
    reader.tokenStart = keyStart
    return field
  }

  private mutating func predictedEntityKey(after previous: DatasetField?, isFirst: Bool)
    -> DatasetField?
  {
    switch previous {
    case nil: isFirst && reader.consume("\"id\":") ? .id : nil
    case .id: reader.consume(",\"name\":") ? .name : nil
    case .name: reader.consume(",\"type\":") ? .type : nil
    case .type:
      reader.consume(",\"aliases\":")
        ? .aliases : reader.consume(",\"description\":") ? .description : nil
    case .aliases: reader.consume(",\"description\":") ? .description : nil
    case .description: reader.consume(",\"attributes\":") ? .attributes : nil
    default: nil
    }
  }

  private mutating func readAliases(of number: Int) throws(JSONError) -> Bool {
    guard try expect(.array, "entity \(number): \"aliases\"") else { return false }
    try reader.enterContainer()
    var isValid = true
    var isFirst = true
    while try reader.nextElement(isFirst: &isFirst) {
      guard let alias = try string("entity \(number): each alias") else {
        isValid = false
        continue
      }
      builder.appendAlias(builder.appendString(alias))
    }
    return isValid
  }

  /// Stores a complete entity; false when it must be rolled back.
  private mutating func commit(_ draft: EntityDraft, number: Int, at objectOffset: Int)
    throws(JSONError) -> Bool
  {
    if draft.seen & Self.requiredEntityFields != Self.requiredEntityFields {
      for field in [DatasetField.id, .name] where draft.seen & field.bit == 0 {
        try log.error(
          at: objectOffset, "entity \(number) is missing required field \"\(field.name)\"")
      }
    }
    guard let id = draft.id, let name = draft.name, draft.isValid else { return false }
    guard let type = draft.type ?? entityTypeNamedEntity() else { return false }
    let (holder, isNew) = builder.commitEntity(
      id: id, idHash: draft.idHash, name: name, type: type, description: draft.description)
    if !isNew {
      let idText = builder.strings.withBytes(of: id) { MessageText.quoted($0) }
      try log.error(
        at: draft.idOffset,
        "entity \(number) has id \(idText), which entity \(holder.position) already has")
    }
    return isNew
  }

  /// Checked as one mask first, because the loop below allocates its array.
  private static var requiredEntityFields: UInt32 { DatasetField.id.bit | DatasetField.name.bit }

  /// The type of entities that give none.
  private mutating func entityTypeNamedEntity() -> UInt16? {
    if let known = defaultEntityType { return known }
    var name = "Entity"
    defaultEntityType = name.withUTF8 { builder.entityType(forKey: $0) }
    return defaultEntityType
  }
}
