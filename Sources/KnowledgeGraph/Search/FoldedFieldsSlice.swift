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

  /// Folds the slots' fields; `columns` receives their signature bits, and
  /// `slots` must own whole 64-slot words of it.
  init(
    graph: Graph, arena: UnsafeBufferPointer<UInt8>, order: [UInt32], slots: Range<Int>,
    columns: SlotColumnsWriter
  ) {
    var folder = TextFolder()
    let entities = graph.entities
    bytes.reserveCapacity(slots.count * 40)
    let foldedTypes = graph.entityTypes.map { folder.fold($0) }
    let typeMasks = foldedTypes.map { CharacterMask.of($0) }
    let typeSignatures = foldedTypes.map { type in
      var signature = PairSignature()
      type.withUnsafeBufferPointer { signature.add($0) }
      return signature
    }
    for slot in slots {
      let entity = Int(order[slot])
      slotFieldStarts.append(UInt32(fieldMasks.count))
      var entityMask = typeMasks[Int(entities.types[entity])]
      var signature = typeSignatures[Int(entities.types[entity])]
      var contiguous = ContiguousSignature()
      let aliases = Int(entities.aliasOffsets[entity])..<Int(entities.aliasOffsets[entity + 1])
      let nameStart = bytes.count
      entityMask |= appendField(
        entities.names[entity], of: slot, arena: arena, folder: &folder, signature: &signature,
        contiguous: &contiguous)
      tieBreaks.append(
        RankKey.tieBreak(
          degree: graph.degree(of: EntityIndex(entity)), nameLength: bytes.count - nameStart))
      for alias in aliases {
        entityMask |= appendField(
          entities.aliases[alias], of: slot, arena: arena, folder: &folder,
          signature: &signature,
          contiguous: &contiguous)
      }
      entityMask |= appendField(
        entities.ids[entity], of: slot, arena: arena, folder: &folder, signature: &signature,
        contiguous: &contiguous)
      slotMasks.append(entityMask)
      columns.set(slot: slot, mask: entityMask, signature: signature, contiguous: contiguous)
    }
  }

  /// Folds one field onto the end of the slice and returns its mask.
  private mutating func appendField(
    _ ref: StringRef, of slot: Int, arena: UnsafeBufferPointer<UInt8>, folder: inout TextFolder,
    signature: inout PairSignature, contiguous: inout ContiguousSignature
  ) -> UInt64 {
    let start = bytes.count
    let source = UnsafeBufferPointer(
      rebasing: arena[Int(ref.offset)..<Int(ref.offset) + Int(ref.length)])
    folder.append(utf8: source, to: &bytes)
    let mask = bytes.withUnsafeBufferPointer {
      let field = UnsafeBufferPointer(rebasing: $0[start...])
      signature.add(field)
      contiguous.add(field)
      return CharacterMask.of(field)
    }
    fieldStarts.append(UInt32(start))
    fieldMasks.append(mask)
    fieldSlots.append(UInt32(slot))
    return mask
  }
}
