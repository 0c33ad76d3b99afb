import Parallel

/// Turns the relations a `GraphBuilder` collected into CSR columns: sorted by
/// (from, type, to), deduplicated, with the incoming side sorted by (to, type, from).
///
/// Both sides are two-pass counting sorts (see `EntityBlocks`) over flat
/// arrays, so five million relations assemble without per-relation
/// allocation and with few cache misses, split over the cores.
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
    normalizeEnds(symmetric: symmetric)
  }

  /// Swaps the ends of symmetric relations into stored order, and marks a
  /// relation with an unresolved or out-of-range end as left out by giving
  /// it no source, on all cores.
  private mutating func normalizeEnds(symmetric: [Bool]) {
    let entityCount = entityCount
    let slices = ParallelWork.ranges(
      of: from.count, count: from.count >= 1 << 16 ? ParallelWork.width : 1)
    let types = types
    from.withUnsafeMutableBufferPointer { from in
      to.withUnsafeMutableBufferPointer { to in
        let ends = (from: SharedBuffer(from), to: SharedBuffer(to))
        _ = ParallelWork.map(slices.count) { slice in
          for ordinal in slices[slice] {
            let (source, target) = (ends.from.buffer[ordinal], ends.to.buffer[ordinal])
            if Int(source) >= entityCount || Int(target) >= entityCount {
              ends.from.buffer[ordinal] = GraphBuilder.unresolved
            } else if source > target, Int(types[ordinal]) < symmetric.count,
              symmetric[Int(types[ordinal])]
            {
              (ends.from.buffer[ordinal], ends.to.buffer[ordinal]) = (target, source)
            }
          }
        }
      }
    }
  }

  mutating func assemble(detailOrdinals: [UInt32], details: [RelationDetail]) -> RelationColumns {
    let outgoing = dealOutgoing(detailSlots: denseSlots(detailOrdinals))
    (from, to) = ([], [])
    let ranges = outgoing.blocks.blockRanges()
    let parts = ParallelWork.map(ranges.count) {
      outgoing.assemble(blocks: ranges[$0], details: details)
    }
    var columns = Self.concatenated(parts)
    for part in parts { duplicates.append(contentsOf: part.duplicates) }
    (columns.inOffsets, columns.incoming) = IncomingIndex.build(
      targets: columns.targets, types: columns.types, entityCount: entityCount)
    duplicates.sort { $0.droppedOrdinal < $1.droppedOrdinal }
    return columns
  }

  private func dealOutgoing(detailSlots: [UInt32]) -> OutgoingBlocks {
    from.withUnsafeBufferPointer { from in
      to.withUnsafeBufferPointer { to in
        types.withUnsafeBufferPointer { types in
          detailSlots.withUnsafeBufferPointer { detailSlots in
            OutgoingBlocks(
              from: from, to: to, types: types, detailSlots: detailSlots,
              entityCount: entityCount)
          }
        }
      }
    }
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

  /// For each relation ordinal, one more than its position in `details`, or 0.
  private func denseSlots(_ detailOrdinals: [UInt32]) -> [UInt32] {
    guard !detailOrdinals.isEmpty else { return [] }
    var slots = [UInt32](repeating: 0, count: from.count)
    for (position, ordinal) in detailOrdinals.enumerated() {
      slots[Int(ordinal)] = UInt32(truncatingIfNeeded: position + 1)
    }
    return slots
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
