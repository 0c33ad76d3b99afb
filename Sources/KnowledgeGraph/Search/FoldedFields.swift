/// The searchable short fields of every entity — name, aliases, then id —
/// folded (see `TextFolder`) into one flat byte buffer, with a character mask
/// per field and per entity.
///
/// One buffer and parallel integer columns keep a million entities in a few
/// allocations that a scan reads front to back; folding once at build time
/// means a query never lowercases or normalizes stored text.
struct FoldedFields: Sendable {
  /// All folded fields, back to back.
  let bytes: [UInt8]
  /// Where each field starts in `bytes`, plus the end: one more than there are fields.
  let fieldStarts: [UInt32]
  let fieldMasks: [UInt64]
  /// The entity each field belongs to.
  let fieldEntities: [UInt32]
  /// Each entity's first field, plus the end: its name, then its aliases, then its id.
  let entityFieldStarts: [UInt32]
  /// The union of the entity's field masks and its type's mask.
  let entityMasks: [UInt64]

  var fieldCount: Int { fieldMasks.count }

  /// Folds the fields of every entity of `graph`, in parallel slices.
  init(graph: Graph) {
    let slices = ParallelWork.ranges(of: graph.entityCount, count: ParallelWork.width)
    let parts = graph.strings.bytes.withUnsafeBufferPointer { arena in
      ParallelWork.map(slices.count) {
        FoldedFieldsSlice(graph: graph, arena: arena, range: slices[$0])
      }
    }
    var bytes: [UInt8] = []
    var fieldStarts: [UInt32] = []
    var fieldMasks: [UInt64] = []
    var fieldEntities: [UInt32] = []
    var entityFieldStarts: [UInt32] = []
    var entityMasks: [UInt64] = []
    bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
    for part in parts {
      let byteBase = UInt32(bytes.count)
      let fieldBase = UInt32(fieldMasks.count)
      bytes.append(contentsOf: part.bytes)
      fieldStarts.append(contentsOf: part.fieldStarts.map { $0 + byteBase })
      fieldMasks.append(contentsOf: part.fieldMasks)
      fieldEntities.append(contentsOf: part.fieldEntities)
      entityFieldStarts.append(contentsOf: part.entityFieldStarts.map { $0 + fieldBase })
      entityMasks.append(contentsOf: part.entityMasks)
    }
    fieldStarts.append(UInt32(bytes.count))
    entityFieldStarts.append(UInt32(fieldMasks.count))
    self.bytes = bytes
    self.fieldStarts = fieldStarts
    self.fieldMasks = fieldMasks
    self.fieldEntities = fieldEntities
    self.entityFieldStarts = entityFieldStarts
    self.entityMasks = entityMasks
  }

  /// Which field of its entity a field is.
  func matchedField(_ field: Int, entity: Int) -> MatchedField {
    let first = Int(entityFieldStarts[entity])
    let last = Int(entityFieldStarts[entity + 1]) - 1
    if field == first { return .name }
    return field == last ? .id : .alias(field - first - 1)
  }

  /// Ranks a name over an alias over an id when a term matches several equally well.
  func preference(ofField field: Int, entity: Int) -> UInt8 {
    switch matchedField(field, entity: entity) {
    case .name: 3
    case .alias: 2
    default: 1
    }
  }
}
