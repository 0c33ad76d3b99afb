import KnowledgeGraph
import Parallel

/// Taking over the relations that a second core read (see `RelationSpeculation`).
extension GraphBuilder {
  /// Whether the chunks' relation types and sources, together, fit beside
  /// this builder's without passing their limits; when they do not, the
  /// file is read sequentially, which reports the limit where it is passed.
  func canAppend(_ chunks: [RelationChunk]) -> Bool {
    let types = Self.newKeyCount(chunks.map(\.builder.relationTypeKeys), beside: relationTypeKeys)
    let sources = Self.newKeyCount(chunks.map(\.builder.sourceKeys), beside: sourceKeys)
    return relationTypeKeys.count + types <= Int(UInt16.max)
      && sourceKeys.count + sources < Int(RelationDetail.noSource)
  }

  /// How many distinct keys of `tables` `table` does not hold yet.
  private static func newKeyCount(_ tables: [ByteStringTable], beside table: ByteStringTable)
    -> Int
  {
    var new = Set<[UInt8]>()
    for other in tables {
      for number in 0..<other.count {
        other.withKey(number) { key in
          if table.find(key) == nil { new.insert(Array(key)) }
        }
      }
    }
    return new.count
  }

  /// Appends the chunks' relations, whose ends are resolved, after this
  /// builder's, renumbering relation types and sources by key and moving
  /// quotes and attributes into this builder's arena. Numbers and places
  /// are settled in file order; the copying, five million relations at a
  /// million entities, is split over the cores.
  mutating func append(_ chunks: [RelationChunk]) {
    var placements: [ChunkPlacement] = []
    var start = (
      relation: relationCount, detail: details.count, attribute: relationAttributes.count
    )
    for chunk in chunks {
      let other = chunk.builder
      placements.append(
        ChunkPlacement(
          relationStart: start.relation, detailStart: start.detail,
          attributeStart: start.attribute, stringShift: UInt32(truncatingIfNeeded: strings.count),
          typeNumbers: (0..<other.relationTypeKeys.count).map { number in
            other.relationTypeKeys.withKey(number) { relationTypeNumber(forKey: $0) ?? 0 }
          },
          sourceNumbers: (0..<other.sourceKeys.count).map { number in
            other.sourceKeys.withKey(number) {
              sourceNumber(forKey: $0) ?? RelationDetail.noSource
            }
          }))
      strings.append(contentsOf: other.strings)
      start.relation += chunk.count
      start.detail += other.details.count
      start.attribute += other.relationAttributes.count
    }
    extendRelations(to: start)
    withChunkOutputs { output in
      _ = ParallelWork.map(chunks.count) { index in
        output.copy(chunks[index], placement: placements[index])
      }
    }
  }

  /// Lengthens the relation arrays with placeholders that the chunks overwrite.
  private mutating func extendRelations(to end: (relation: Int, detail: Int, attribute: Int)) {
    let added = end.relation - relationCount
    pendingFrom.append(contentsOf: repeatElement(0, count: added))
    pendingTo.append(contentsOf: repeatElement(0, count: added))
    pendingType.append(contentsOf: repeatElement(0, count: added))
    let addedDetails = end.detail - details.count
    detailOrdinals.append(contentsOf: repeatElement(0, count: addedDetails))
    details.append(contentsOf: repeatElement(.empty, count: addedDetails))
    relationAttributes.append(
      contentsOf: repeatElement(
        StoredAttribute(key: .empty, value: .empty), count: end.attribute - relationAttributes.count
      ))
  }

  private mutating func withChunkOutputs(_ body: (ChunkOutputs) -> Void) {
    pendingFrom.withUnsafeMutableBufferPointer { from in
      pendingTo.withUnsafeMutableBufferPointer { to in
        pendingType.withUnsafeMutableBufferPointer { types in
          detailOrdinals.withUnsafeMutableBufferPointer { detailOrdinals in
            details.withUnsafeMutableBufferPointer { details in
              relationAttributes.withUnsafeMutableBufferPointer { attributes in
                body(
                  ChunkOutputs(
                    from: from, to: to, types: types, detailOrdinals: detailOrdinals,
                    details: details, attributes: attributes))
              }
            }
          }
        }
      }
    }
  }
}
