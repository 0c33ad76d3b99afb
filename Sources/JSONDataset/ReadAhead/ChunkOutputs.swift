import KnowledgeGraph

/// The relation arrays of a `GraphBuilder` lent to the cores that copy
/// chunks into them; each writes only the ranges its `ChunkPlacement` gives.
struct ChunkOutputs: @unchecked Sendable {
  let from: UnsafeMutableBufferPointer<UInt32>
  let to: UnsafeMutableBufferPointer<UInt32>
  let types: UnsafeMutableBufferPointer<UInt16>
  let detailOrdinals: UnsafeMutableBufferPointer<UInt32>
  let details: UnsafeMutableBufferPointer<RelationDetail>
  let attributes: UnsafeMutableBufferPointer<StoredAttribute>

  func copy(_ chunk: RelationChunk, placement: ChunkPlacement) {
    let other = chunk.builder
    let relations = placement.relationStart..<placement.relationStart + chunk.count
    _ = UnsafeMutableBufferPointer(rebasing: from[relations]).update(fromContentsOf: chunk.from)
    _ = UnsafeMutableBufferPointer(rebasing: to[relations]).update(fromContentsOf: chunk.to)
    for (offset, type) in other.pendingType.enumerated() {
      types[placement.relationStart + offset] = placement.typeNumbers[Int(type)]
    }
    let ordinalShift = UInt32(truncatingIfNeeded: placement.relationStart)
    let attributeShift = UInt32(truncatingIfNeeded: placement.attributeStart)
    for (offset, ordinal) in other.detailOrdinals.enumerated() {
      detailOrdinals[placement.detailStart + offset] = ordinal + ordinalShift
    }
    for (offset, detail) in other.details.enumerated() {
      details[placement.detailStart + offset] = RelationDetail(
        source: detail.source == RelationDetail.noSource
          ? detail.source : placement.sourceNumbers[Int(detail.source)],
        quote: detail.quote.shifted(by: placement.stringShift),
        attributeStart: detail.attributeStart + attributeShift,
        attributeEnd: detail.attributeEnd + attributeShift)
    }
    for (offset, attribute) in other.relationAttributes.enumerated() {
      attributes[placement.attributeStart + offset] = attribute.shifted(by: placement.stringShift)
    }
  }
}
