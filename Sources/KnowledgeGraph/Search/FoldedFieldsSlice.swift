/// The folded fields of one contiguous range of entities, built on one thread
/// and then concatenated into `FoldedFields`. Offsets are local to the slice.
struct FoldedFieldsSlice {
  var bytes: [UInt8] = []
  var fieldStarts: [UInt32] = []
  var fieldMasks: [UInt64] = []
  var fieldEntities: [UInt32] = []
  var entityFieldStarts: [UInt32] = []
  var entityMasks: [UInt64] = []

  init(graph: Graph, arena: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    var folder = TextFolder()
    let columns = graph.entities
    bytes.reserveCapacity(range.count * 40)
    let typeMasks = graph.entityTypes.map { CharacterMask.of(folder.fold($0)) }
    for entity in range {
      entityFieldStarts.append(UInt32(fieldMasks.count))
      var entityMask = typeMasks[Int(columns.types[entity])]
      let aliases = Int(columns.aliasOffsets[entity])..<Int(columns.aliasOffsets[entity + 1])
      entityMask |= appendField(columns.names[entity], of: entity, arena: arena, folder: &folder)
      for alias in aliases {
        entityMask |= appendField(
          columns.aliases[alias], of: entity, arena: arena, folder: &folder)
      }
      entityMask |= appendField(columns.ids[entity], of: entity, arena: arena, folder: &folder)
      entityMasks.append(entityMask)
    }
  }

  /// Folds one field onto the end of the slice and returns its mask.
  private mutating func appendField(
    _ ref: StringRef, of entity: Int, arena: UnsafeBufferPointer<UInt8>, folder: inout TextFolder
  ) -> UInt64 {
    let start = bytes.count
    let source = UnsafeBufferPointer(
      rebasing: arena[Int(ref.offset)..<Int(ref.offset) + Int(ref.length)])
    folder.append(utf8: source, to: &bytes)
    let mask = bytes.withUnsafeBufferPointer {
      CharacterMask.of(UnsafeBufferPointer(rebasing: $0[start...]))
    }
    fieldStarts.append(UInt32(start))
    fieldMasks.append(mask)
    fieldEntities.append(UInt32(entity))
    return mask
  }
}
