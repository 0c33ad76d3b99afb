import KnowledgeGraph
import Parallel

/// The searchable short fields of every entity — name, aliases, then id —
/// folded (see `TextFolder`) into one flat byte buffer, with a character mask
/// per field and per entity.
///
/// Entities are stored by *slot*: in descending degree order, so a scan that
/// reads front to back meets the likely winners first (see `ScanPlan.bound`)
/// while still reading memory sequentially. One buffer and parallel integer
/// columns keep a million entities in a few allocations; folding once at build
/// time means a query never lowercases or normalizes stored text.
struct FoldedFields: Sendable {
  /// All folded fields, back to back.
  let bytes: [UInt8]
  /// Where each field starts in `bytes`, plus the end: one more than there are fields.
  let fieldStarts: [UInt32]
  let fieldMasks: [UInt64]
  /// The slot each field belongs to.
  let fieldSlots: [UInt32]
  /// Each slot's first field, plus the end: its name, then its aliases, then its id.
  let slotFieldStarts: [UInt32]
  /// The union of the slot's field masks and its type's mask.
  let slotMasks: [UInt64]
  /// The entity in each slot: entities by descending degree, ties in dataset order.
  let order: [UInt32]
  /// The slot of each entity.
  let slots: [UInt32]
  /// Each slot's entity type.
  let slotTypes: [UInt16]
  /// Each slot's degree and name-length part of the rank key.
  let slotTieBreaks: [UInt64]

  var fieldCount: Int { fieldMasks.count }

  /// Folds the fields of every entity of `graph`, in parallel slices.
  init(graph: Graph) {
    let order = Self.degreeOrder(of: graph)
    let slices = ParallelWork.ranges(of: graph.entityCount, count: ParallelWork.width)
    let parts = graph.strings.bytes.withUnsafeBufferPointer { arena in
      ParallelWork.map(slices.count) {
        FoldedFieldsSlice(graph: graph, arena: arena, order: order, slots: slices[$0])
      }
    }
    bytes = ParallelJoin.joined(parts.map(\.bytes))
    fieldStarts = ParallelJoin.joined(
      parts.map(\.fieldStarts), shiftedBy: Self.bases(parts.map(\.bytes.count)),
      end: UInt32(bytes.count))
    fieldMasks = ParallelJoin.joined(parts.map(\.fieldMasks))
    fieldSlots = ParallelJoin.joined(parts.map(\.fieldSlots))
    slotFieldStarts = ParallelJoin.joined(
      parts.map(\.slotFieldStarts), shiftedBy: Self.bases(parts.map(\.fieldMasks.count)),
      end: UInt32(fieldMasks.count))
    slotMasks = ParallelJoin.joined(parts.map(\.slotMasks))
    slotTieBreaks = ParallelJoin.joined(parts.map(\.tieBreaks))
    self.order = order
    (slots, slotTypes) = Self.placed(order, types: graph.entities.types, slices: slices)
  }

  /// Where each part starts, for parts of `counts` elements.
  private static func bases(_ counts: [Int]) -> [UInt32] {
    var bases: [UInt32] = [0]
    for count in counts.dropLast() { bases.append(bases[bases.count - 1] + UInt32(count)) }
    return bases
  }

  /// The slot of each entity, and the type of each slot, on all cores.
  private static func placed(_ order: [UInt32], types: [UInt16], slices: [Range<Int>]) -> (
    slots: [UInt32], types: [UInt16]
  ) {
    var slots: [UInt32] = HugePages.uninitialized(order.count)
    var slotTypes: [UInt16] = HugePages.uninitialized(order.count)
    slots.withUnsafeMutableBufferPointer { slotsOut in
      slotTypes.withUnsafeMutableBufferPointer { typesOut in
        let output = (slots: SharedBuffer(slotsOut), types: SharedBuffer(typesOut))
        _ = ParallelWork.map(slices.count) { slice in
          for slot in slices[slice] {
            let entity = Int(order[slot])
            output.slots.buffer[entity] = UInt32(slot)
            output.types.buffer[slot] = types[entity]
          }
        }
      }
    }
    return (slots, slotTypes)
  }

  /// The fields of the entity in a slot.
  @inline(__always)
  func fields(ofSlot slot: Int) -> Range<Int> {
    Int(slotFieldStarts[slot])..<Int(slotFieldStarts[slot + 1])
  }

  /// Which field of its entity a field is.
  func matchedField(_ field: Int, slot: Int) -> MatchedField {
    let first = Int(slotFieldStarts[slot])
    let last = Int(slotFieldStarts[slot + 1]) - 1
    if field == first { return .name }
    return field == last ? .id : .alias(field - first - 1)
  }

  /// Ranks a name over an alias over an id when a term matches several equally well.
  func preference(ofField field: Int, slot: Int) -> UInt8 {
    switch matchedField(field, slot: slot) {
    case .name: 3
    case .alias: 2
    default: 1
    }
  }

  /// A counting sort of entities by descending degree, ties in dataset order.
  private static func degreeOrder(of graph: Graph) -> [UInt32] {
    let degrees = (0..<graph.entityCount).map { graph.degree(of: EntityIndex($0)) }
    let maximum = degrees.max() ?? 0
    var starts = [Int](repeating: 0, count: maximum + 2)
    for degree in degrees { starts[maximum - degree + 1] += 1 }
    for position in 1..<starts.count { starts[position] += starts[position - 1] }
    var order = [UInt32](repeating: 0, count: degrees.count)
    for (entity, degree) in degrees.enumerated() {
      order[starts[maximum - degree]] = UInt32(entity)
      starts[maximum - degree] += 1
    }
    return order
  }
}
