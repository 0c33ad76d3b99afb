import Parallel

/// The outgoing side of the relation columns, sorted by (from, type, to)
/// with the two-pass sort `EntityBlocks` plans.
///
/// Each relation is dealt into its source's block as a word that sorts by
/// (from, type, to) within the block, and a payload of its ordinal and
/// detail slot, so repeats lie next to the relation they repeat, the first
/// one kept, and nothing is looked up at random by ordinal afterwards.
struct OutgoingBlocks {
  let blocks: EntityBlocks
  /// `place << 48 | type << 32 | to` of each relation, block after block.
  private let words: [UInt64]
  /// `ordinal << 32 | detail slot` of each relation, beside its word.
  private let payloads: [UInt64]

  /// Deals the relations whose `from` is a valid entity; `from` and `to`
  /// already hold the stored order of symmetric relations' ends, and
  /// `detailSlots` is one more than each relation's place in the details, or 0.
  init(
    from: UnsafeBufferPointer<UInt32>, to: UnsafeBufferPointer<UInt32>,
    types: UnsafeBufferPointer<UInt16>, detailSlots: UnsafeBufferPointer<UInt32>,
    entityCount: Int
  ) {
    let blocks = EntityBlocks(keys: from, entityCount: entityCount)
    let total = Int(blocks.starts[entityCount])
    var words: [UInt64] = HugePages.uninitialized(total)
    var payloads: [UInt64] = HugePages.uninitialized(total)
    words.withUnsafeMutableBufferPointer { words in
      payloads.withUnsafeMutableBufferPointer { payloads in
        let output = (words: SharedBuffer(words), payloads: SharedBuffer(payloads))
        _ = ParallelWork.map(blocks.slices.count) { slice in
          var cursors = blocks.cursors[slice]
          cursors.withUnsafeMutableBufferPointer { cursors in
            for relation in blocks.slices[slice] where Int(from[relation]) < entityCount {
              let source = Int(from[relation])
              let at = Int(cursors[EntityBlocks.block(of: source)])
              cursors[EntityBlocks.block(of: source)] += 1
              output.words.buffer[at] =
                UInt64(EntityBlocks.place(of: source)) << 48 | UInt64(types[relation]) << 32
                | UInt64(to[relation])
              output.payloads.buffer[at] =
                UInt64(relation) << 32 | UInt64(detailSlots.isEmpty ? 0 : detailSlots[relation])
            }
          }
        }
      }
    }
    (self.blocks, self.words, self.payloads) = (blocks, words, payloads)
  }

  /// The outgoing columns of the entities in `blockRange`, repeats dropped.
  func assemble(blocks blockRange: Range<Int>, details: [RelationDetail]) -> AssembledRelations {
    var part = AssembledRelations()
    let first = blocks.entities(ofBlock: blockRange.lowerBound).lowerBound
    let end = blocks.entities(ofBlock: max(blockRange.lowerBound, blockRange.upperBound - 1))
      .upperBound
    let relationCount = Int(blocks.starts[end] - blocks.starts[first])
    part.targets.reserveCapacity(relationCount)
    part.types.reserveCapacity(relationCount)
    part.outCounts.reserveCapacity(end - first)
    var scratch = BlockScratch()
    for block in blockRange {
      scratch.sort(block, of: blocks, words: words, payloads: payloads)
      scratch.emit(block, of: blocks, into: &part, details: details)
    }
    return part
  }
}
