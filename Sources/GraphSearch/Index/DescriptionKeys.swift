import KnowledgeGraph

/// The description buckets of one contiguous range of entities, found on one
/// thread: the first pass of building a `DescriptionIndex`.
struct DescriptionKeys: Sendable {
  let range: Range<Int>
  /// Distinct buckets of each entity, entity after entity.
  private(set) var keys: [UInt32] = []
  /// Where each entity's keys end in `keys`.
  private(set) var keyEnds: [UInt32] = []
  /// Postings per bucket contributed by this range.
  private(set) var counts: [UInt32]

  init(graph: Graph, arena: UnsafeBufferPointer<UInt8>, range: Range<Int>, bucketCount: Int) {
    self.range = range
    counts = [UInt32](repeating: 0, count: bucketCount)
    var lastEntity = [Int32](repeating: -1, count: bucketCount)
    var folder = TextFolder()
    var scratch: [UInt8] = []
    keyEnds.reserveCapacity(range.count)
    for entity in range {
      let ref = graph.entities.descriptions[entity]
      if !ref.isEmpty {
        let source = UnsafeBufferPointer(
          rebasing: arena[Int(ref.offset)..<Int(ref.offset) + Int(ref.length)])
        scratch.removeAll(keepingCapacity: true)
        folder.append(utf8: source, to: &scratch)
        scratch.withUnsafeBufferPointer { text in
          var previousIsWord = false
          let last = text.count - DescriptionIndex.minimumTermLength
          var position = 0
          while position <= last {
            let isWord = ByteClass.isWord(text[position])
            if isWord, !previousIsWord {
              let bucket = DescriptionIndex.bucket(of: text, at: position)
              if lastEntity[bucket] != Int32(entity) {
                lastEntity[bucket] = Int32(entity)
                keys.append(UInt32(bucket))
                counts[bucket] += 1
              }
            }
            previousIsWord = isWord
            position += 1
          }
        }
      }
      keyEnds.append(UInt32(keys.count))
    }
  }

  /// Writes this range's postings at `cursors`, the range's first slot in each bucket.
  func fill(_ postings: UnsafeMutableBufferPointer<UInt32>, cursors: [UInt32]) {
    var cursors = cursors
    var start = 0
    for (offset, end) in keyEnds.enumerated() {
      let entity = UInt32(range.lowerBound + offset)
      for key in keys[start..<Int(end)] {
        postings[Int(cursors[Int(key)])] = entity
        cursors[Int(key)] += 1
      }
      start = Int(end)
    }
  }
}
