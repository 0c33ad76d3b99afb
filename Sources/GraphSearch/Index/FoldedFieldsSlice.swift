import CMemoryHints
import KnowledgeGraph

/// The folded fields of one contiguous range of slots, built on one thread
/// and then concatenated into `FoldedFields`. Offsets are local to the slice.
///
/// Slots visit entities in degree order, so every entity's columns and
/// strings sit at random places: the loop asks for them some slots ahead,
/// which keeps the cores folding instead of waiting on memory.
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
      Self.prefetchColumns(of: slot + Self.columnDistance, order: order, graph: graph)
      Self.prefetchStrings(of: slot + Self.stringDistance, order: order, graph: graph, arena: arena)
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

  /// How far ahead of the slot being folded its entity's column entries,
  /// then its strings, are asked for: the strings' places are read from the
  /// column entries, so those must have arrived first.
  static let columnDistance = 16
  static let stringDistance = 8

  private static func prefetchColumns(of slot: Int, order: [UInt32], graph: Graph) {
    guard slot < order.count else { return }
    let entity = Int(order[slot])
    let columns = graph.entities
    columns.names.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + entity) }
    columns.ids.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + entity) }
    columns.types.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + entity) }
    columns.aliasOffsets.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + entity) }
    graph.relations.outOffsets.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + entity) }
    graph.relations.inOffsets.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + entity) }
  }

  private static func prefetchStrings(
    of slot: Int, order: [UInt32], graph: Graph, arena: UnsafeBufferPointer<UInt8>
  ) {
    guard slot < order.count else { return }
    let entity = Int(order[slot])
    let columns = graph.entities
    kg_prefetch(arena.baseAddress! + Int(columns.names[entity].offset))
    kg_prefetch(arena.baseAddress! + Int(columns.ids[entity].offset))
    let firstAlias = Int(columns.aliasOffsets[entity])
    if firstAlias < Int(columns.aliasOffsets[entity + 1]) {
      columns.aliases.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + firstAlias) }
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
