/// One core's room for sorting the blocks of `OutgoingBlocks`: a block's
/// words and payloads, counted out by source into the runs of its entities,
/// each run then sorted. Reused from block to block, so it stays in cache.
struct BlockScratch {
  private var words: [UInt64] = []
  private var payloads: [UInt64] = []

  /// Sorts the dealt relations of `block` into this scratch space.
  mutating func sort(
    _ block: Int, of blocks: EntityBlocks, words dealt: [UInt64], payloads dealtPayloads: [UInt64]
  ) {
    let relations = blocks.relations(ofBlock: block)
    guard !relations.isEmpty else { return }
    if words.count < relations.count {
      words = [UInt64](repeating: 0, count: relations.count)
      payloads = [UInt64](repeating: 0, count: relations.count)
    }
    var cursors = blocks.entities(ofBlock: block).map {
      Int(blocks.starts[$0]) - relations.lowerBound
    }
    words.withUnsafeMutableBufferPointer { words in
      payloads.withUnsafeMutableBufferPointer { payloads in
        for position in relations {
          let word = dealt[position]
          let place = Int(word >> 48)
          words[cursors[place]] = word
          payloads[cursors[place]] = dealtPayloads[position]
          cursors[place] += 1
        }
        for entity in blocks.entities(ofBlock: block) {
          let run = blocks.run(of: entity, inBlock: relations)
          if run.count > 1 { RunSorter.sort(words, carrying: payloads, run) }
        }
      }
    }
  }

  /// Appends the sorted relations of `block`, each kept once, to `part`.
  func emit(
    _ block: Int, of blocks: EntityBlocks, into part: inout AssembledRelations,
    details: [RelationDetail]
  ) {
    let relations = blocks.relations(ofBlock: block)
    for entity in blocks.entities(ofBlock: block) {
      var count: UInt32 = 0
      var kept: UInt32 = 0
      let run = blocks.run(of: entity, inBlock: relations)
      for position in run {
        let (word, ordinal) = (
          words[position], UInt32(truncatingIfNeeded: payloads[position] >> 32)
        )
        if position > run.lowerBound && words[position - 1] == word {
          part.duplicates.append(
            DuplicateRelation(keptOrdinal: Int(kept), droppedOrdinal: Int(ordinal)))
          continue
        }
        kept = ordinal
        let detailSlot = Int(UInt32(truncatingIfNeeded: payloads[position]))
        if detailSlot != 0 {
          part.detailKeys.append(UInt32(truncatingIfNeeded: part.targets.count))
          part.details.append(details[detailSlot - 1])
        }
        part.targets.append(UInt32(truncatingIfNeeded: word))
        part.types.append(UInt16(truncatingIfNeeded: word >> 32))
        count += 1
      }
      part.outCounts.append(count)
    }
  }
}
