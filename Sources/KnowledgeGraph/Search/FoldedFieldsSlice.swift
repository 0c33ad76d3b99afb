/// The folded fields of one contiguous range of slots, built on one thread
/// and then concatenated into `FoldedFields`. Offsets are local to the slice.
struct FoldedFieldsSlice {
  var bytes: [UInt8] = []
  var fieldStarts: [UInt32] = []
  var fieldMasks: [UInt64] = []
  var fieldSlots: [UInt32] = []
  var slotFieldStarts: [UInt32] = []
  var slotMasks: [UInt64] = []
  var tieBreaks: [UInt64] = []

  init(graph: Graph, arena: UnsafeBufferPointer<UInt8>, order: [UInt32], slots: Range<Int>) {
    var folder = TextFolder()
    let columns = graph.entities
    bytes.reserveCapacity(slots.count * 40)
    let foldedTypes = graph.entityTypes.map { folder.fold($0) }
    let typeMasks = foldedTypes.map { CharacterMask.of($0) }
    for slot in slots {
      let entity = Int(order[slot])
      slotFieldStarts.append(UInt32(fieldMasks.count))
      var entityMask = typeMasks[Int(columns.types[entity])]
      let aliases = Int(columns.aliasOffsets[entity])..<Int(columns.aliasOffsets[entity + 1])
      let nameStart = bytes.count
      entityMask |= appendField(
        columns.names[entity], of: slot, arena: arena, folder: &folder)
      tieBreaks.append(
        RankKey.tieBreak(
          degree: graph.degree(of: EntityIndex(entity)), nameLength: bytes.count - nameStart))
      for alias in aliases {
        entityMask |= appendField(
          columns.aliases[alias], of: slot, arena: arena, folder: &folder)
      }
      entityMask |= appendField(
        columns.ids[entity], of: slot, arena: arena, folder: &folder)
      slotMasks.append(entityMask)
    }
  }

  /// Folds one field onto the end of the slice and returns its mask.
  private mutating func appendField(
    _ ref: StringRef, of slot: Int, arena: UnsafeBufferPointer<UInt8>, folder: inout TextFolder
  ) -> UInt64 {
    let start = bytes.count
    let source = UnsafeBufferPointer(
      rebasing: arena[Int(ref.offset)..<Int(ref.offset) + Int(ref.length)])
    folder.append(utf8: source, to: &bytes)
    let mask = bytes.withUnsafeBufferPointer {
      let field = UnsafeBufferPointer(rebasing: $0[start...])
      return CharacterMask.of(field)
    }
    fieldStarts.append(UInt32(start))
    fieldMasks.append(mask)
    fieldSlots.append(UInt32(slot))
    return mask
  }
}
