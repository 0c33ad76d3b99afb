import KnowledgeGraph

extension DatasetParser {
  mutating func readRelations(progress: (Double) -> Void) throws(JSONError) {
    guard try expect(.array, "\"relations\"") else { return }
    try reader.enterContainer()
    var isFirst = true
    var number = 0
    do {
      while try reader.nextElement(isFirst: &isFirst) {
        reader.skipWhitespace()
        if mayHaveReachedChunk, try joinSpeculation() {
          reportProgress(progress)
          break
        }
        try readRelation(number)
        number += 1
        if number & 0x3FFF == 0 { reportProgress(progress) }
      }
      try resolveBatch()
    } catch {
      try resolveBatch()
      throw error
    }
    abandonSpeculation()
  }

  /// Looks up the batched relation ends. Ends naming no entity are reported
  /// (they all lie before anything read later, so loading still stops at the
  /// first error in the file) and their relations left out.
  mutating func resolveBatch() throws(JSONError) {
    guard !batch.keys.isEmpty else { return }
    let pending = batch
    batch.removeAll()
    var results = [UInt32](repeating: 0, count: pending.keys.count)
    results.withUnsafeMutableBufferPointer { results in
      pending.keys.withUnsafeBufferPointer { keys in
        builder.ids.findAll(keys, in: reader.input, into: results)
      }
    }
    for (position, entity) in results.enumerated() {
      let ordinal = pending.ordinals[position]
      let key = pending.keys[position]
      guard entity != ByteStringTable.notFound else {
        let start = Int(key.offset)
        try reportUnknownEntity(
          UnsafeBufferPointer(rebasing: reader.input[start..<start + Int(key.length)]),
          field: pending.isTo[position] ? .to : .from, relation: ordinal, at: start - 1)
        builder.resolveRelation(ordinal, from: GraphBuilder.unresolved, to: GraphBuilder.unresolved)
        continue
      }
      builder.setRelationEnd(ordinal, isTo: pending.isTo[position], entity: entity)
    }
    warnAboutSelfLoops(among: pending.ordinals)
  }

  private mutating func warnAboutSelfLoops(among ordinals: [Int]) {
    guard log.collectsWarnings else { return }
    for ordinal in Set(ordinals).sorted()
    where builder.pendingFrom[ordinal] == builder.pendingTo[ordinal]
      && builder.pendingFrom[ordinal] != GraphBuilder.unresolved
    {
      warnAboutSelfLoop(
        relation: ordinal, entity: builder.pendingFrom[ordinal], at: Int(relationOffsets[ordinal]))
    }
  }

  mutating func readRelation(_ number: Int) throws(JSONError) {
    reader.skipWhitespace()
    let objectOffset = reader.position
    if log.collectsWarnings { relationOffsets.append(UInt32(truncatingIfNeeded: objectOffset)) }
    var draft = RelationDraft(attributeStart: builder.relationAttributeCount)
    if try expect(.object, "relation \(number)") {
      try reader.enterContainer()
      var isFirst = try !readCompactEnds(of: number, into: &draft)
      while let key = try reader.nextKey(isFirst: &isFirst) {
        guard let field = DatasetField.match(key, among: DatasetObjectKind.relationFields) else {
          try skipUnknown(key, in: "relation \(number)", kind: .relation)
          continue
        }
        guard try note(field, in: &draft.seen, of: "relation \(number)") else {
          draft.isValid = false
          continue
        }
        try readRelationField(field, of: number, into: &draft)
      }
    } else {
      draft.isValid = false
    }
    try commit(draft, number: number, at: objectOffset)
  }

  private mutating func readRelationField(
    _ field: DatasetField, of number: Int, into draft: inout RelationDraft
  ) throws(JSONError) {
    if field == .attributes {
      draft.isValid =
        try readAttributes(of: "relation \(number)", forRelation: true) && draft.isValid
      return
    }
    guard let bytes = try string("relation \(number): \"\(field.name)\"") else {
      draft.isValid = false
      return
    }
    let offset = reader.tokenStart
    switch field {
    case .from, .to:
      if hasReadEntities || isReadingChunk, let key = inputRange(of: bytes) {
        if field == .from { draft.batchedFrom = key } else { draft.batchedTo = key }
        return
      }
      guard !isReadingChunk else {
        throw JSONError(offset: offset, message: "an escaped id; the main reader takes over")
      }
      let end = builder.entityIndex(forID: bytes)
      if end == nil && hasReadEntities {
        try reportUnknownEntity(bytes, field: field, relation: number, at: offset)
        draft.isValid = false
      }
      let deferredOffset = end == nil ? offset : nil
      if field == .from {
        (draft.from, draft.deferredFrom) = (end ?? GraphBuilder.unresolved, deferredOffset)
      } else {
        (draft.to, draft.deferredTo) = (end ?? GraphBuilder.unresolved, deferredOffset)
      }
    case .type:
      draft.type = try relationType(bytes, relation: number, at: offset)
      draft.isValid = draft.type != nil && draft.isValid
    case .source:
      guard let source = builder.sourceNumber(forKey: bytes) else {
        try log.error(at: offset, "more than 65,534 sources")
        return draft.isValid = false
      }
      noteUse(of: Int(source), in: &sourceUses, relation: number, at: offset)
      draft.source = source
    default: draft.quote = builder.appendString(bytes)
    }
  }

  mutating func relationType(
    _ bytes: UnsafeBufferPointer<UInt8>, relation number: Int, at offset: Int
  ) throws(JSONError) -> UInt16? {
    guard !bytes.isEmpty else {
      try log.error(at: offset, "relation \(number): \"type\" must not be empty")
      return nil
    }
    guard let type = builder.relationTypeNumber(forKey: bytes) else {
      try log.error(at: offset, "more than 65,535 relation types")
      return nil
    }
    noteUse(of: Int(type), in: &relationTypeUses, relation: number, at: offset)
    return type
  }

  /// Where `bytes` lie in the input, or nil when they were decoded into scratch.
  private func inputRange(of bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard let start = bytes.baseAddress, let inputStart = reader.input.baseAddress,
      start >= inputStart, start < inputStart + reader.input.count
    else { return nil }
    let offset = start - inputStart
    return offset..<offset + bytes.count
  }

  private func noteUse(of number: Int, in uses: inout [FirstUse?], relation: Int, at offset: Int) {
    guard number >= uses.count || uses[number] == nil else { return }
    if number >= uses.count {
      uses.append(contentsOf: repeatElement(nil, count: number + 1 - uses.count))
    }
    uses[number] = FirstUse(offset: offset, relation: relation)
  }

  mutating func reportUnknownEntity(
    _ bytes: UnsafeBufferPointer<UInt8>, field: DatasetField, relation: Int, at offset: Int
  ) throws(JSONError) {
    let id = String(decoding: bytes, as: UTF8.self)
    let ids = builder.ids
    try log.error(
      at: offset,
      "relation \(relation) (\"\(field.name)\": \(MessageText.quoted(id))) names an unknown entity"
        + MessageText.suggestion(for: id, in: ids.keys))
  }

  /// Adds the relation, or a placeholder that keeps relation numbers aligned
  /// with the array when the relation is invalid (validation only).
  private mutating func commit(_ draft: RelationDraft, number: Int, at objectOffset: Int)
    throws(JSONError)
  {
    var isValid = draft.isValid
    if draft.seen & Self.requiredRelationFields != Self.requiredRelationFields {
      for field in [DatasetField.from, .type, .to] where draft.seen & field.bit == 0 {
        try log.error(
          at: objectOffset, "relation \(number) is missing required field \"\(field.name)\"")
        isValid = false
      }
    }
    guard isValid, let type = draft.type else {
      return builder.addRelation(
        from: GraphBuilder.unresolved, type: 0, to: GraphBuilder.unresolved,
        detail: .empty)
    }
    if draft.deferredFrom != nil || draft.deferredTo != nil {
      deferred.append(
        DeferredRelation(
          ordinal: builder.relationCount, fromOffset: draft.deferredFrom, toOffset: draft.deferredTo
        ))
    } else if draft.from == draft.to && draft.from != GraphBuilder.unresolved {
      warnAboutSelfLoop(relation: number, entity: draft.from, at: objectOffset)
    }
    let ordinal = builder.relationCount
    if isReadingChunk {
      guard let from = draft.batchedFrom, let to = draft.batchedTo else {
        throw JSONError(offset: objectOffset, message: "an unresolved relation end")
      }
      chunkFromKeys.append(copyChunkKey(from))
      chunkToKeys.append(copyChunkKey(to))
    } else {
      if let key = draft.batchedFrom { batch.append(ordinal: ordinal, isTo: false, key: key) }
      if let key = draft.batchedTo { batch.append(ordinal: ordinal, isTo: true, key: key) }
    }
    let detail = RelationDetail(
      source: draft.source, quote: draft.quote, attributeStart: draft.attributeStart,
      attributeEnd: builder.relationAttributeCount)
    builder.addRelation(from: draft.from, type: type, to: draft.to, detail: detail)
    if batch.isFull { try resolveBatch() }
  }

  /// Copies an id of a chunk's relation out of the input, where `range` lies.
  private mutating func copyChunkKey(_ range: Range<Int>) -> StringRef {
    let key = StringRef(
      offset: UInt32(truncatingIfNeeded: chunkKeyBytes.count),
      length: UInt32(truncatingIfNeeded: range.count))
    chunkKeyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: reader.input[range]))
    return key
  }

  /// Checked as one mask first, because the loop above allocates its array.
  private static var requiredRelationFields: UInt32 {
    DatasetField.from.bit | DatasetField.type.bit | DatasetField.to.bit
  }

  mutating func warnAboutSelfLoop(relation: Int, entity: UInt32, at offset: Int) {
    guard log.collectsWarnings else { return }
    let id = MessageText.quoted(builder.ids.key(Int(entity)))
    log.warning(at: offset, "relation \(relation) links \(id) to itself")
  }
}
