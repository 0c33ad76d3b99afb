import Parallel

/// The plan of a two-pass counting sort of relations by one of their ends,
/// which is how both sides of the relation columns are built.
///
/// A counting sort straight by entity writes each of five million relations
/// to a random place in tens of megabytes, a cache miss apiece. Here the
/// first pass deals the relations into blocks of `size` consecutive
/// entities, so it writes to only as many places at a time as there are
/// blocks; the second pass sorts each block, small enough to stay in the
/// core's own cache. A block's relations take exactly the places of its
/// entities' runs, so the second pass sorts in place of the first's output.
/// Both passes are split over the cores: relations by slice for dealing,
/// blocks by range for sorting.
struct EntityBlocks: Sendable {
  static let shift = 10
  static var size: Int { 1 << shift }

  let entityCount: Int
  /// The relations each core deals, in order, so that dealing is stable.
  let slices: [Range<Int>]
  /// Where each entity's run starts, plus the end.
  let starts: [UInt32]
  /// For each slice, where it deals its first relation of each block.
  let cursors: [[UInt32]]

  /// Plans a sort of relations by `keys`, one entity per relation; keys of
  /// `entityCount` or more are left out.
  init(keys: UnsafeBufferPointer<UInt32>, entityCount: Int) {
    self.entityCount = entityCount
    slices = ParallelWork.ranges(
      of: keys.count, count: keys.count >= 1 << 16 ? ParallelWork.width : 1)
    let counts = ParallelWork.map(slices.count) { [slices] slice in
      Self.counts(of: keys[slices[slice]], entityCount: entityCount)
    }
    starts = Self.runStarts(counts, entityCount: entityCount)
    cursors = Self.blockCursors(counts, starts: starts)
  }

  var blockCount: Int { Self.blockCount(forEntities: entityCount) }

  static func blockCount(forEntities entityCount: Int) -> Int {
    (entityCount + size - 1) >> shift
  }

  /// Which block an entity is in.
  @inline(__always)
  static func block(of entity: Int) -> Int { entity >> shift }

  /// An entity's place in its block.
  @inline(__always)
  static func place(of entity: Int) -> Int { entity & (size - 1) }

  func entities(ofBlock block: Int) -> Range<Int> {
    Self.entities(ofBlock: block, entityCount: entityCount)
  }

  static func entities(ofBlock block: Int, entityCount: Int) -> Range<Int> {
    block << shift..<min((block + 1) << shift, entityCount)
  }

  /// Where a block's relations are, in the dealt order and in the sorted one.
  func relations(ofBlock block: Int) -> Range<Int> {
    let entities = entities(ofBlock: block)
    return Int(starts[entities.lowerBound])..<Int(starts[entities.upperBound])
  }

  /// Where an entity's run lies within its block's `relations`.
  func run(of entity: Int, inBlock relations: Range<Int>) -> Range<Int> {
    Int(starts[entity]) - relations.lowerBound..<Int(starts[entity + 1]) - relations.lowerBound
  }

  /// Contiguous ranges of blocks holding nearly equal numbers of relations,
  /// one per core.
  func blockRanges() -> [Range<Int>] {
    let blockStarts = (0...blockCount).map { Int(starts[min($0 << Self.shift, entityCount)]) }
    let total = Int(starts[entityCount])
    return ParallelWork.ranges(
      balancing: blockStarts, count: total >= 1 << 16 ? ParallelWork.width : 1)
  }

  private static func counts(of keys: UnsafeBufferPointer<UInt32>.SubSequence, entityCount: Int)
    -> [UInt32]
  {
    var counts = [UInt32](repeating: 0, count: entityCount)
    counts.withUnsafeMutableBufferPointer { counts in
      for key in keys where Int(key) < entityCount { counts[Int(key)] += 1 }
    }
    return counts
  }

  /// Where each entity's run starts, plus the end: the slices' counts summed.
  private static func runStarts(_ counts: [[UInt32]], entityCount: Int) -> [UInt32] {
    var starts = [UInt32](repeating: 0, count: entityCount + 1)
    var running: UInt32 = 0
    for entity in 0..<entityCount {
      starts[entity] = running
      for slice in counts.indices { running += counts[slice][entity] }
    }
    starts[entityCount] = running
    return starts
  }

  /// Where each slice deals its first relation of each block: a block's
  /// relations take the places of its entities' runs, slice after slice.
  private static func blockCursors(_ counts: [[UInt32]], starts: [UInt32]) -> [[UInt32]] {
    let entityCount = starts.count - 1
    let blockCount = blockCount(forEntities: entityCount)
    var cursors = [[UInt32]](
      repeating: [UInt32](repeating: 0, count: blockCount), count: counts.count)
    for block in 0..<blockCount {
      let entities = entities(ofBlock: block, entityCount: entityCount)
      var running = starts[entities.lowerBound]
      for slice in counts.indices {
        cursors[slice][block] = running
        for entity in entities { running += counts[slice][entity] }
      }
    }
    return cursors
  }
}
