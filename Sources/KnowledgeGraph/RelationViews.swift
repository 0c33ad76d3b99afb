/// The relation arrays a `RelationAssembler` reads, as raw buffers valid for
/// the duration of one parallel step.
struct RelationViews {
  let from: UnsafeBufferPointer<UInt32>
  let to: UnsafeBufferPointer<UInt32>
  let types: UnsafeBufferPointer<UInt16>
  /// Relation ordinals sorted by (from, type, to, ordinal).
  let order: UnsafeBufferPointer<UInt32>
  /// For each ordinal, one more than its position in the details, or 0.
  let detailSlots: UnsafeBufferPointer<UInt32>

  /// The outgoing columns of the relations from `entities`, whose runs in
  /// `order` start at `starts`, dropping repeats of the same relation.
  func assemble(entities: Range<Int>, starts: [Int], details: [RelationDetail])
    -> AssembledRelations
  {
    var part = AssembledRelations()
    let relationCount = starts[entities.upperBound] - starts[entities.lowerBound]
    part.targets.reserveCapacity(relationCount)
    part.types.reserveCapacity(relationCount)
    part.outCounts.reserveCapacity(entities.count)
    var previous: Int?
    for entity in entities {
      var count: UInt32 = 0
      for position in starts[entity]..<starts[entity + 1] {
        let ordinal = Int(order[position])
        if let kept = previous, from[kept] == from[ordinal], types[kept] == types[ordinal],
          to[kept] == to[ordinal]
        {
          part.duplicates.append(DuplicateRelation(keptOrdinal: kept, droppedOrdinal: ordinal))
          continue
        }
        previous = ordinal
        if !detailSlots.isEmpty && detailSlots[ordinal] != 0 {
          part.detailKeys.append(UInt32(truncatingIfNeeded: part.targets.count))
          part.details.append(details[Int(detailSlots[ordinal]) - 1])
        }
        part.targets.append(to[ordinal])
        part.types.append(types[ordinal])
        count += 1
      }
      part.outCounts.append(count)
    }
    return part
  }
}
