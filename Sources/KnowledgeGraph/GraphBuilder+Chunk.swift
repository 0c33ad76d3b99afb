/// Taking over the relations that a second core read (see `RelationSpeculation`).
extension GraphBuilder {
  /// Whether the chunk's relation types and sources fit beside this
  /// builder's without passing their limits.
  func canAppend(_ chunk: RelationChunk) -> Bool {
    relationTypeKeys.count + chunk.builder.relationTypeKeys.count <= Int(UInt16.max)
      && sourceKeys.count + chunk.builder.sourceKeys.count < Int(RelationDetail.noSource)
  }

  /// Makes room for the relations of `chunks`, so appending them copies
  /// each array once instead of at every doubling.
  mutating func reserveRelations(of chunks: [RelationChunk]) {
    let relations = relationCount + chunks.reduce(0) { $0 + $1.count }
    pendingFrom.reserveCapacity(relations)
    pendingTo.reserveCapacity(relations)
    pendingType.reserveCapacity(relations)
    details.reserveCapacity(details.count + chunks.reduce(0) { $0 + $1.builder.details.count })
  }

  /// Appends the chunk's relations, whose ends are resolved, after this
  /// builder's, renumbering relation types and sources by key and moving
  /// quotes and attributes into this builder's arena.
  mutating func append(_ chunk: RelationChunk) {
    let other = chunk.builder
    let typeNumbers = (0..<other.relationTypeKeys.count).map { number in
      other.relationTypeKeys.withKey(number) { relationTypeNumber(forKey: $0) ?? 0 }
    }
    let sourceNumbers = (0..<other.sourceKeys.count).map { number in
      other.sourceKeys.withKey(number) { sourceNumber(forKey: $0) ?? RelationDetail.noSource }
    }
    let stringShift = UInt32(truncatingIfNeeded: strings.count)
    let attributeShift = UInt32(truncatingIfNeeded: relationAttributes.count)
    let ordinalShift = UInt32(truncatingIfNeeded: relationCount)
    strings.append(contentsOf: other.strings)
    relationAttributes.append(
      contentsOf: other.relationAttributes.map { $0.shifted(by: stringShift) })
    detailOrdinals.append(contentsOf: other.detailOrdinals.map { $0 + ordinalShift })
    details.append(
      contentsOf: other.details.map { detail in
        RelationDetail(
          source: detail.source == RelationDetail.noSource
            ? detail.source : sourceNumbers[Int(detail.source)],
          quote: detail.quote.shifted(by: stringShift),
          attributeStart: detail.attributeStart + attributeShift,
          attributeEnd: detail.attributeEnd + attributeShift)
      })
    pendingFrom.append(contentsOf: chunk.from)
    pendingTo.append(contentsOf: chunk.to)
    pendingType.append(contentsOf: other.pendingType.map { typeNumbers[Int($0)] })
  }
}
