/// Builds the incoming side of the relation columns: for each entity, the
/// relations that point at it, sorted by (type, from).
///
/// A counting sort by target scatters relation indices in their own order,
/// which is (from, type, to); each target's run is then sorted by (type,
/// index), and since indices grow with `from`, that is (type, from). Both
/// steps are split over the cores by target range, each core writing only
/// its own targets' slots.
enum IncomingIndex {
  static func build(targets: [UInt32], types: [UInt16], entityCount: Int) -> (
    offsets: [UInt32], incoming: [UInt32]
  ) {
    let starts = runStarts(of: targets, entityCount: entityCount)
    var keyed: [UInt64] = HugePages.zeroed(targets.count)
    let slices = ParallelWork.ranges(balancing: starts.map { Int($0) }, count: ParallelWork.width)
    keyed.withUnsafeMutableBufferPointer { keyed in
      targets.withUnsafeBufferPointer { targets in
        types.withUnsafeBufferPointer { types in
          starts.withUnsafeBufferPointer { starts in
            _ = ParallelWork.map(slices.count) { slice in
              fill(keyed, slices[slice], targets: targets, types: types, starts: starts)
            }
          }
        }
      }
    }
    return (starts, relations(in: keyed))
  }

  /// Where each target's run starts, counted in slices on all cores.
  private static func runStarts(of targets: [UInt32], entityCount: Int) -> [UInt32] {
    let slices = ParallelWork.ranges(
      of: targets.count, count: targets.count >= 1 << 16 ? ParallelWork.width : 1)
    let counts = targets.withUnsafeBufferPointer { targets in
      ParallelWork.map(slices.count) { slice in
        var counts = [UInt32](repeating: 0, count: entityCount + 1)
        for target in targets[slices[slice]] { counts[Int(target) + 1] += 1 }
        return counts
      }
    }
    var starts = counts[0]
    for other in counts.dropFirst() {
      for position in starts.indices { starts[position] += other[position] }
    }
    for position in starts.indices.dropFirst() { starts[position] += starts[position - 1] }
    return starts
  }

  /// The relation part of each keyed entry, converted in slices on all cores.
  private static func relations(in keyed: [UInt64]) -> [UInt32] {
    var relations: [UInt32] = HugePages.zeroed(keyed.count)
    let slices = ParallelWork.ranges(
      of: keyed.count, count: keyed.count >= 1 << 16 ? ParallelWork.width : 1)
    relations.withUnsafeMutableBufferPointer { relations in
      keyed.withUnsafeBufferPointer { keyed in
        let output = SharedBuffer(relations)
        _ = ParallelWork.map(slices.count) { slice in
          for position in slices[slice] {
            output.buffer[position] = UInt32(truncatingIfNeeded: keyed[position])
          }
        }
      }
    }
    return relations
  }

  /// Places the relations whose targets lie in `range`, each as
  /// `type << 32 | relation` so that sorting a target's run needs no other
  /// array, and sorts each run.
  private static func fill(
    _ keyed: UnsafeMutableBufferPointer<UInt64>, _ range: Range<Int>,
    targets: UnsafeBufferPointer<UInt32>, types: UnsafeBufferPointer<UInt16>,
    starts: UnsafeBufferPointer<UInt32>
  ) {
    var cursor = Array(starts[range])
    for (relation, target) in targets.enumerated() where range.contains(Int(target)) {
      let slot = Int(target) - range.lowerBound
      keyed[Int(cursor[slot])] = UInt64(types[relation]) << 32 | UInt64(relation)
      cursor[slot] += 1
    }
    for target in range where starts[target + 1] - starts[target] > 1 {
      keyed[Int(starts[target])..<Int(starts[target + 1])].sort()
    }
  }
}
