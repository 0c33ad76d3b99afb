/// A stable counting sort of relation ordinals by their `from` entity, on
/// all cores: the relations are cut into slices, each slice counts its
/// relations per entity, and each then writes its own from where the
/// slices before it end, so the result equals one sequential pass.
struct RelationBuckets {
  let entityCount: Int
  let from: UnsafeBufferPointer<UInt32>
  let to: UnsafeBufferPointer<UInt32>

  /// Valid relation ordinals ordered by `from`, ties in ordinal order, and
  /// where each entity's run starts (one more than there are entities).
  /// Relations with an end past `entityCount` are left out.
  func orderedByFrom() -> (order: [UInt32], starts: [Int]) {
    let width = from.count >= 1 << 16 ? ParallelWork.width : 1
    let slices = ParallelWork.ranges(of: from.count, count: width)
    var cursors = ParallelWork.map(slices.count) { counts(in: slices[$0]) }
    let starts = turnCountsIntoCursors(&cursors)
    var order = [UInt32](repeating: 0, count: starts[entityCount])
    order.withUnsafeMutableBufferPointer { order in
      let target = SharedBuffer(order)
      _ = ParallelWork.map(slices.count) { slice in
        scatter(slices[slice], cursors: cursors[slice], into: target.buffer)
      }
    }
    return (order, starts)
  }

  @inline(__always)
  private func isValid(_ ordinal: Int) -> Bool {
    Int(from[ordinal]) < entityCount && Int(to[ordinal]) < entityCount
  }

  private func counts(in slice: Range<Int>) -> [UInt32] {
    var counts = [UInt32](repeating: 0, count: entityCount)
    counts.withUnsafeMutableBufferPointer { counts in
      for ordinal in slice where isValid(ordinal) { counts[Int(from[ordinal])] += 1 }
    }
    return counts
  }

  /// Replaces each slice's count per entity by where that slice's first
  /// relation of the entity goes, and returns where each entity's run starts.
  private func turnCountsIntoCursors(_ cursors: inout [[UInt32]]) -> [Int] {
    var starts = [Int](repeating: 0, count: entityCount + 1)
    var total: UInt32 = 0
    for entity in 0..<entityCount {
      starts[entity] = Int(total)
      for slice in cursors.indices {
        let count = cursors[slice][entity]
        cursors[slice][entity] = total
        total += count
      }
    }
    starts[entityCount] = Int(total)
    return starts
  }

  private func scatter(
    _ slice: Range<Int>, cursors: [UInt32], into order: UnsafeMutableBufferPointer<UInt32>
  ) {
    var cursors = cursors
    cursors.withUnsafeMutableBufferPointer { cursors in
      for ordinal in slice where isValid(ordinal) {
        let entity = Int(from[ordinal])
        order[Int(cursors[entity])] = UInt32(truncatingIfNeeded: ordinal)
        cursors[entity] += 1
      }
    }
  }
}
