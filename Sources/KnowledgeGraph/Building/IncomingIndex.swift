import Parallel

/// Builds the incoming side of the relation columns: for each entity, the
/// relations that point at it, sorted by (type, from).
///
/// Relation indices run in (from, type, to) order, so sorting them by
/// (to, type, index) gives (to, type, from). The sort is the two-pass one
/// `EntityBlocks` plans, and each relation travels as one packed word that
/// sorts in exactly that order within its block.
enum IncomingIndex {
  static func build(targets: [UInt32], types: [UInt16], entityCount: Int) -> (
    offsets: [UInt32], incoming: [UInt32]
  ) {
    targets.withUnsafeBufferPointer { targets in
      let blocks = EntityBlocks(keys: targets, entityCount: entityCount)
      var dealt: [UInt64] = HugePages.uninitialized(targets.count)
      dealt.withUnsafeMutableBufferPointer { dealt in
        types.withUnsafeBufferPointer { types in
          _ = ParallelWork.map(blocks.slices.count) { slice in
            deal(
              blocks.slices[slice], targets: targets, types: types,
              cursors: blocks.cursors[slice], into: dealt)
          }
        }
      }
      return (blocks.starts, sortedBlocks(dealt, blocks: blocks))
    }
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
      let block = EntityBlocks.block(of: target)
      dealt[Int(cursors[block])] =
        UInt64(EntityBlocks.place(of: target)) << 48 | UInt64(types[relation]) << 32
        | UInt64(truncatingIfNeeded: relation)
      cursors[block] += 1
    }
  }

  /// Every block sorted, as relation indices, on all cores.
  private static func sortedBlocks(_ dealt: [UInt64], blocks: EntityBlocks) -> [UInt32] {
    let ranges = blocks.blockRanges()
    var incoming: [UInt32] = HugePages.uninitialized(dealt.count)
    incoming.withUnsafeMutableBufferPointer { incoming in
      dealt.withUnsafeBufferPointer { dealt in
        let output = SharedBuffer(incoming)
        _ = ParallelWork.map(ranges.count) { slice in
          var scratch: [UInt64] = []
          for block in ranges[slice] {
            sortBlock(block, of: blocks, dealt, into: output.buffer, scratch: &scratch)
          }
        }
      }
    }
    return incoming
  }

  /// Sorts one block's packed relations, a counting sort by target into
  /// `scratch` and then each target's run, and writes them out as indices.
  private static func sortBlock(
    _ block: Int, of blocks: EntityBlocks, _ dealt: UnsafeBufferPointer<UInt64>,
    into incoming: UnsafeMutableBufferPointer<UInt32>, scratch: inout [UInt64]
  ) {
    let relations = blocks.relations(ofBlock: block)
    guard !relations.isEmpty else { return }
    if scratch.count < relations.count {
      scratch = [UInt64](repeating: 0, count: relations.count)
    }
    var cursors = blocks.entities(ofBlock: block).map {
      Int(blocks.starts[$0]) - relations.lowerBound
    }
    scratch.withUnsafeMutableBufferPointer { scratch in
      for word in dealt[relations] {
        let place = Int(word >> 48)
        scratch[cursors[place]] = word
        cursors[place] += 1
      }
      for entity in blocks.entities(ofBlock: block) {
        let run = blocks.run(of: entity, inBlock: relations)
        if run.count > 1 { RunSorter.sort(scratch, run) }
      }
      for position in relations {
        incoming[position] = UInt32(truncatingIfNeeded: scratch[position - relations.lowerBound])
      }
    }
  }
}
