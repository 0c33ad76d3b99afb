/// Turns the relations a `GraphBuilder` collected into CSR columns: sorted by
/// (from, type, to), deduplicated, with the incoming side sorted by (to, type, from).
///
/// Every step is a counting sort or a small per-entity sort over flat `UInt32`
/// arrays, so five million relations assemble without per-relation allocation.
struct RelationAssembler {
  private let entityCount: Int
  private var from: [UInt32]
  private var to: [UInt32]
  private let types: [UInt16]
  private(set) var duplicates: [DuplicateRelation] = []

  /// Stores symmetric relations with the smaller entity first, so that
  /// `a partner_of b` and `b partner_of a` are recognized as one relation.
  init(entityCount: Int, from: [UInt32], to: [UInt32], types: [UInt16], symmetric: [Bool]) {
    self.entityCount = entityCount
    self.from = from
    self.to = to
    self.types = types
    for ordinal in from.indices
    where Int(types[ordinal]) < symmetric.count && symmetric[Int(types[ordinal])]
      && from[ordinal] > to[ordinal] && isValid(ordinal)
    {
      self.from[ordinal] = to[ordinal]
      self.to[ordinal] = from[ordinal]
    }
  }

  /// Relations with an unresolved or out-of-range end are left out.
  private func isValid(_ ordinal: Int) -> Bool {
    Int(from[ordinal]) < entityCount && Int(to[ordinal]) < entityCount
  }

  mutating func assemble(detailOrdinals: [UInt32], details: [RelationDetail]) -> RelationColumns {
    let order = sortedOrder()
    let detailSlots = denseSlots(detailOrdinals)
    var columns = RelationColumns()
    columns.targets.reserveCapacity(order.count)
    columns.types.reserveCapacity(order.count)
    var offsets = [UInt32](repeating: 0, count: entityCount + 1)
    var previous: Int?
    for element in order {
      let ordinal = Int(element)
      if let kept = previous, from[kept] == from[ordinal], types[kept] == types[ordinal],
        to[kept] == to[ordinal]
      {
        duplicates.append(DuplicateRelation(keptOrdinal: kept, droppedOrdinal: ordinal))
        continue
      }
      previous = ordinal
      if !detailSlots.isEmpty && detailSlots[ordinal] != 0 {
        columns.detailKeys.append(UInt32(truncatingIfNeeded: columns.targets.count))
        columns.details.append(details[Int(detailSlots[ordinal]) - 1])
      }
      columns.targets.append(to[ordinal])
      columns.types.append(types[ordinal])
      offsets[Int(from[ordinal]) + 1] += 1
    }
    for position in offsets.indices.dropFirst() { offsets[position] += offsets[position - 1] }
    columns.outOffsets = offsets
    (columns.inOffsets, columns.incoming) = incomingSide(of: columns)
    duplicates.sort { $0.droppedOrdinal < $1.droppedOrdinal }
    return columns
  }

  /// For each relation ordinal, one more than its position in `details`, or 0.
  private func denseSlots(_ detailOrdinals: [UInt32]) -> [UInt32] {
    guard !detailOrdinals.isEmpty else { return [] }
    var slots = [UInt32](repeating: 0, count: from.count)
    for (position, ordinal) in detailOrdinals.enumerated() {
      slots[Int(ordinal)] = UInt32(truncatingIfNeeded: position + 1)
    }
    return slots
  }

  /// Valid relation ordinals sorted by (from, type, to, ordinal): a counting
  /// sort by `from`, then a sort by (type, to) inside each entity's run.
  private func sortedOrder() -> [UInt32] {
    var starts = [Int](repeating: 0, count: entityCount + 1)
    for ordinal in from.indices where isValid(ordinal) { starts[Int(from[ordinal]) + 1] += 1 }
    for position in starts.indices.dropFirst() { starts[position] += starts[position - 1] }
    var cursor = starts
    var order = [UInt32](repeating: 0, count: starts[entityCount])
    for ordinal in from.indices where isValid(ordinal) {
      let bucket = Int(from[ordinal])
      order[cursor[bucket]] = UInt32(truncatingIfNeeded: ordinal)
      cursor[bucket] += 1
    }
    for entity in 0..<entityCount where starts[entity + 1] - starts[entity] > 1 {
      sortRun(&order, starts[entity]..<starts[entity + 1])
    }
    return order
  }

  private func sortKey(_ ordinal: UInt32) -> UInt64 {
    UInt64(types[Int(ordinal)]) << 32 | UInt64(to[Int(ordinal)])
  }

  /// Sorts a run by (type, to), keeping ordinal order among equals: the run
  /// arrives in ordinal order, so a stable sort gives the dataset order.
  private func sortRun(_ order: inout [UInt32], _ run: Range<Int>) {
    if run.count <= 16 {
      for position in run.dropFirst() {
        let element = order[position]
        let key = sortKey(element)
        var slot = position
        while slot > run.lowerBound && sortKey(order[slot - 1]) > key {
          order[slot] = order[slot - 1]
          slot -= 1
        }
        order[slot] = element
      }
      return
    }
    let sorted = order[run].map { (key: sortKey($0), ordinal: $0) }.sorted {
      ($0.key, $0.ordinal) < ($1.key, $1.ordinal)
    }
    for (position, element) in zip(run, sorted) { order[position] = element.ordinal }
  }

  /// Incoming offsets and relation indices sorted by (to, type, from): a stable
  /// counting sort by type, then one by target. Relations are already in
  /// (from, type, to) order, so ties keep `from` order.
  private func incomingSide(of columns: RelationColumns) -> ([UInt32], [UInt32]) {
    let typeCount = Int(columns.types.max() ?? 0) + 1
    var typeStarts = [Int](repeating: 0, count: typeCount + 1)
    for type in columns.types { typeStarts[Int(type) + 1] += 1 }
    for position in typeStarts.indices.dropFirst() {
      typeStarts[position] += typeStarts[position - 1]
    }
    var byType = [UInt32](repeating: 0, count: columns.count)
    for (relation, type) in columns.types.enumerated() {
      byType[typeStarts[Int(type)]] = UInt32(truncatingIfNeeded: relation)
      typeStarts[Int(type)] += 1
    }
    var starts = [UInt32](repeating: 0, count: entityCount + 1)
    for target in columns.targets { starts[Int(target) + 1] += 1 }
    for position in starts.indices.dropFirst() { starts[position] += starts[position - 1] }
    var cursor = starts
    var incoming = [UInt32](repeating: 0, count: columns.count)
    for relation in byType {
      let target = Int(columns.targets[Int(relation)])
      incoming[Int(cursor[target])] = relation
      cursor[target] += 1
    }
    return (starts, incoming)
  }
}
