/// Turns the relations a `GraphBuilder` collected into CSR columns: sorted by
/// (from, type, to), deduplicated, with the incoming side sorted by (to, type, from).
///
/// Every step is a counting sort or a small per-entity sort over flat `UInt32`
/// arrays, so five million relations assemble without per-relation
/// allocation; the per-entity work is split over the cores by entity range.
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
    let (order, starts) = sortedOrder()
    let detailSlots = denseSlots(detailOrdinals)
    let slices = ParallelWork.ranges(balancing: starts, count: ParallelWork.width)
    let parts = withViews(order, detailSlots) { views in
      ParallelWork.map(slices.count) { slice in
        views.assemble(entities: slices[slice], starts: starts, details: details)
      }
    }
    var columns = RelationColumns()
    var offsets: [UInt32] = [0]
    offsets.reserveCapacity(entityCount + 1)
    for part in parts {
      let shift = UInt32(truncatingIfNeeded: columns.targets.count)
      columns.detailKeys.append(contentsOf: part.detailKeys.map { $0 + shift })
      columns.details.append(contentsOf: part.details)
      columns.targets.append(contentsOf: part.targets)
      columns.types.append(contentsOf: part.types)
      for count in part.outCounts { offsets.append(offsets[offsets.count - 1] + count) }
      duplicates.append(contentsOf: part.duplicates)
    }
    columns.outOffsets = offsets
    (columns.inOffsets, columns.incoming) = IncomingIndex.build(
      targets: columns.targets, types: columns.types, entityCount: entityCount)
    duplicates.sort { $0.droppedOrdinal < $1.droppedOrdinal }
    return columns
  }

  /// Lends the relation arrays as raw buffers to work split over cores, so
  /// the cores do not fight over the arrays' reference counts.
  private func withViews<Result>(
    _ order: [UInt32], _ detailSlots: [UInt32], _ body: (RelationViews) -> Result
  ) -> Result {
    from.withUnsafeBufferPointer { from in
      to.withUnsafeBufferPointer { to in
        types.withUnsafeBufferPointer { types in
          order.withUnsafeBufferPointer { order in
            detailSlots.withUnsafeBufferPointer { detailSlots in
              body(
                RelationViews(
                  from: from, to: to, types: types, order: order, detailSlots: detailSlots))
            }
          }
        }
      }
    }
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

  /// Valid relation ordinals sorted by (from, type, to, ordinal), and where
  /// each entity's run starts: a counting sort by `from`, then a sort by
  /// (type, to) inside each entity's run, on all cores.
  private func sortedOrder() -> (order: [UInt32], starts: [Int]) {
    var (order, starts) = from.withUnsafeBufferPointer { from in
      to.withUnsafeBufferPointer { to in
        RelationBuckets(entityCount: entityCount, from: from, to: to).orderedByFrom()
      }
    }
    let slices = ParallelWork.ranges(balancing: starts, count: ParallelWork.width)
    order.withUnsafeMutableBufferPointer { order in
      types.withUnsafeBufferPointer { types in
        to.withUnsafeBufferPointer { to in
          starts.withUnsafeBufferPointer { starts in
            _ = ParallelWork.map(slices.count) { slice in
              for entity in slices[slice] where starts[entity + 1] - starts[entity] > 1 {
                RunSorter.sort(order, starts[entity]..<starts[entity + 1]) { ordinal in
                  UInt64(types[Int(ordinal)]) << 32 | UInt64(to[Int(ordinal)])
                }
              }
            }
          }
        }
      }
    }
    return (order, starts)
  }
}
