/// Builds the incoming side of the relation columns: for each entity, the
/// relations that point at it, sorted by (type, from).
///
/// Relation indices run in (from, type, to) order, so sorting them by
/// (to, type, index) gives (to, type, from). A counting sort straight by
/// target would write each of five million relations to a random place in a
/// 40 MB array, a cache miss apiece. Instead a first pass deals the
/// relations into blocks of `blockSize` consecutive targets, so it writes
/// to only as many places at a time as there are blocks; a second pass then
/// sorts each block, small enough to stay in the core's own cache, by
/// (target, type, index). Each relation travels as one packed word that
/// sorts in exactly that order, and both passes are split over the cores.
enum IncomingIndex {
  static let blockShift = 10
  static var blockSize: Int { 1 << blockShift }

  static func build(targets: [UInt32], types: [UInt16], entityCount: Int) -> (
    offsets: [UInt32], incoming: [UInt32]
  ) {
    let slices = ParallelWork.ranges(
      of: targets.count, count: targets.count >= 1 << 16 ? ParallelWork.width : 1)
    let counts = targets.withUnsafeBufferPointer { targets in
      ParallelWork.map(slices.count) { targetCounts(targets[slices[$0]], entityCount: entityCount) }
    }
    let starts = runStarts(counts, entityCount: entityCount)
    var dealt: [UInt64] = HugePages.uninitialized(targets.count)
    dealt.withUnsafeMutableBufferPointer { dealt in
      targets.withUnsafeBufferPointer { targets in
        types.withUnsafeBufferPointer { types in
          let cursors = blockCursors(counts, starts: starts)
          _ = ParallelWork.map(slices.count) { slice in
            deal(
              slices[slice], targets: targets, types: types, cursors: cursors[slice], into: dealt)
          }
        }
      }
    }
    return (starts, sortedBlocks(dealt, starts: starts))
  }

  /// How many of `targets` name each entity.
  private static func targetCounts(
    _ targets: UnsafeBufferPointer<UInt32>.SubSequence, entityCount: Int
  )
    -> [UInt32]
  {
    var counts = [UInt32](repeating: 0, count: entityCount)
    for target in targets { counts[Int(target)] += 1 }
    return counts
  }

  /// Where each target's run starts, plus the end: the slices' counts summed.
  private static func runStarts(_ counts: [[UInt32]], entityCount: Int) -> [UInt32] {
    var starts = [UInt32](repeating: 0, count: entityCount + 1)
    var running: UInt32 = 0
    for target in 0..<entityCount {
      starts[target] = running
      for slice in counts.indices { running += counts[slice][target] }
    }
    starts[entityCount] = running
    return starts
  }

  /// Where each slice deals its first relation of each block: a block's
  /// relations take the same places as its targets' runs, slice after slice.
  private static func blockCursors(_ counts: [[UInt32]], starts: [UInt32]) -> [[UInt32]] {
    let entityCount = starts.count - 1
    let blockCount = (entityCount + blockSize - 1) >> blockShift
    var cursors = [[UInt32]](
      repeating: [UInt32](repeating: 0, count: blockCount), count: counts.count)
    for block in 0..<blockCount {
      let targets = block << blockShift..<min((block + 1) << blockShift, entityCount)
      var running = starts[targets.lowerBound]
      for slice in counts.indices {
        cursors[slice][block] = running
        for target in targets { running += counts[slice][target] }
      }
    }
    return cursors
  }

  /// Writes each relation of `relations`, packed, into its target's block.
  private static func deal(
    _ relations: Range<Int>, targets: UnsafeBufferPointer<UInt32>,
    types: UnsafeBufferPointer<UInt16>, cursors: [UInt32],
    into dealt: UnsafeMutableBufferPointer<UInt64>
  ) {
    var cursors = cursors
    for relation in relations {
      let target = Int(targets[relation])
      let block = target >> blockShift
      dealt[Int(cursors[block])] = packed(
        target: target, type: types[relation], relation: relation)
      cursors[block] += 1
    }
  }

  /// The target's place in its block, the type, then the relation index:
  /// ascending words are in (target, type, index) order within a block.
  @inline(__always)
  private static func packed(target: Int, type: UInt16, relation: Int) -> UInt64 {
    UInt64(target & (blockSize - 1)) << 48 | UInt64(type) << 32
      | UInt64(truncatingIfNeeded: relation)
  }

  /// Every block sorted, as relation indices, on all cores.
  private static func sortedBlocks(_ dealt: [UInt64], starts: [UInt32]) -> [UInt32] {
    let entityCount = starts.count - 1
    let blockCount = (entityCount + blockSize - 1) >> blockShift
    let blockStarts = (0...blockCount).map { Int(starts[min($0 << blockShift, entityCount)]) }
    let ranges = ParallelWork.ranges(
      balancing: blockStarts, count: dealt.count >= 1 << 16 ? ParallelWork.width : 1)
    var incoming: [UInt32] = HugePages.uninitialized(dealt.count)
    incoming.withUnsafeMutableBufferPointer { incoming in
      dealt.withUnsafeBufferPointer { dealt in
        starts.withUnsafeBufferPointer { starts in
          let output = SharedBuffer(incoming)
          _ = ParallelWork.map(ranges.count) { slice in
            var scratch: [UInt64] = []
            var cursors = [Int](repeating: 0, count: blockSize)
            for block in ranges[slice] {
              sortBlock(
                block, dealt, starts: starts, into: output.buffer, scratch: &scratch,
                cursors: &cursors)
            }
          }
        }
      }
    }
    return incoming
  }

  /// Sorts one block's packed relations: a counting sort by target into
  /// `scratch`, then each target's run by (type, index), written out as
  /// relation indices.
  private static func sortBlock(
    _ block: Int, _ dealt: UnsafeBufferPointer<UInt64>, starts: UnsafeBufferPointer<UInt32>,
    into incoming: UnsafeMutableBufferPointer<UInt32>, scratch: inout [UInt64],
    cursors: inout [Int]
  ) {
    let targets = block << blockShift..<min((block + 1) << blockShift, starts.count - 1)
    let base = Int(starts[targets.lowerBound])
    let count = Int(starts[targets.upperBound]) - base
    guard count > 0 else { return }
    if scratch.count < count { scratch = [UInt64](repeating: 0, count: count) }
    for target in targets { cursors[target - targets.lowerBound] = Int(starts[target]) - base }
    scratch.withUnsafeMutableBufferPointer { scratch in
      for word in dealt[base..<base + count] {
        let place = Int(word >> 48)
        scratch[cursors[place]] = word
        cursors[place] += 1
      }
      for target in targets where starts[target + 1] - starts[target] > 1 {
        sortRun(scratch, Int(starts[target]) - base..<Int(starts[target + 1]) - base)
      }
      for position in 0..<count {
        incoming[base + position] = UInt32(truncatingIfNeeded: scratch[position])
      }
    }
  }

  /// Sorts one target's words: in place for the handful most targets get,
  /// with the standard sort for hubs.
  private static func sortRun(_ words: UnsafeMutableBufferPointer<UInt64>, _ run: Range<Int>) {
    guard run.count <= 16 else {
      var hub = UnsafeMutableBufferPointer(rebasing: words[run])
      hub.sort()
      return
    }
    for position in run.dropFirst() {
      let word = words[position]
      var slot = position
      while slot > run.lowerBound && words[slot - 1] > word {
        words[slot] = words[slot - 1]
        slot -= 1
      }
      words[slot] = word
    }
  }
}
