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
    var columns = Self.concatenated(parts)
    for part in parts { duplicates.append(contentsOf: part.duplicates) }
    (columns.inOffsets, columns.incoming) = IncomingIndex.build(
      targets: columns.targets, types: columns.types, entityCount: entityCount)
    duplicates.sort { $0.droppedOrdinal < $1.droppedOrdinal }
    return columns
  }

  /// The parts' columns one after the other, each part copied on its own
  /// core into arrays sized beforehand.
  private static func concatenated(_ parts: [AssembledRelations]) -> RelationColumns {
    var relationStarts = [0]
    var detailStarts = [0]
    for part in parts {
      relationStarts.append(relationStarts[relationStarts.count - 1] + part.targets.count)
      detailStarts.append(detailStarts[detailStarts.count - 1] + part.details.count)
    }
    var columns = RelationColumns()
    columns.targets = HugePages.zeroed(relationStarts[parts.count])
    columns.types = HugePages.zeroed(relationStarts[parts.count])
    columns.detailKeys = [UInt32](repeating: 0, count: detailStarts[parts.count])
    columns.details = [RelationDetail](repeating: .empty, count: detailStarts[parts.count])
    withOutputs(&columns) { output in
      _ = ParallelWork.map(parts.count) { index in
        output.copy(
          parts[index], relationsFrom: relationStarts[index], detailsFrom: detailStarts[index])
      }
    }
    var offsets: [UInt32] = [0]
    offsets.reserveCapacity(parts.reduce(1) { $0 + $1.outCounts.count })
    for part in parts {
      for count in part.outCounts { offsets.append(offsets[offsets.count - 1] + count) }
    }
    columns.outOffsets = offsets
    return columns
  }

  private static func withOutputs(
    _ columns: inout RelationColumns, _ body: (ColumnOutputs) -> Void
  ) {
    columns.targets.withUnsafeMutableBufferPointer { targets in
      columns.types.withUnsafeMutableBufferPointer { types in
        columns.detailKeys.withUnsafeMutableBufferPointer { detailKeys in
          columns.details.withUnsafeMutableBufferPointer { details in
            body(
              ColumnOutputs(
                targets: targets, types: types, detailKeys: detailKeys, details: details))
          }
        }
      }
    }
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

/// The columns being filled by `RelationAssembler.concatenated`; each core
/// writes only its own part's ranges.
private struct ColumnOutputs: @unchecked Sendable {
  let targets: UnsafeMutableBufferPointer<UInt32>
  let types: UnsafeMutableBufferPointer<UInt16>
  let detailKeys: UnsafeMutableBufferPointer<UInt32>
  let details: UnsafeMutableBufferPointer<RelationDetail>

  func copy(
    _ part: AssembledRelations, relationsFrom relationStart: Int, detailsFrom detailStart: Int
  ) {
    let shift = UInt32(truncatingIfNeeded: relationStart)
    let relationEnd = relationStart + part.targets.count
    let detailEnd = detailStart + part.details.count
    _ = UnsafeMutableBufferPointer(rebasing: targets[relationStart..<relationEnd])
      .update(fromContentsOf: part.targets)
    _ = UnsafeMutableBufferPointer(rebasing: types[relationStart..<relationEnd])
      .update(fromContentsOf: part.types)
    _ = UnsafeMutableBufferPointer(rebasing: details[detailStart..<detailEnd])
      .update(fromContentsOf: part.details)
    for (offset, key) in part.detailKeys.enumerated() {
      detailKeys[detailStart + offset] = key + shift
    }
  }
}
