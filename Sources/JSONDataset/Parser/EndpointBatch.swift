import KnowledgeGraph

/// Relation ends whose entity ids are waiting to be looked up together.
///
/// At a million entities each id lookup misses the cache, and one at a time
/// the misses add up to seconds. Collected in batches, the lookups can sweep
/// the id table in order (see `ByteStringTable.findAll`), which is several
/// times faster.
struct EndpointBatch {
  static let capacity = 16384

  var ordinals: [Int] = []
  var isTo: [Bool] = []
  /// Where each id's bytes are in the input: never escaped, so the string's
  /// opening quote is at `start - 1`.
  var keys: [StringRef] = []

  var isFull: Bool { keys.count >= Self.capacity }

  mutating func append(ordinal: Int, isTo: Bool, key: Range<Int>) {
    ordinals.append(ordinal)
    self.isTo.append(isTo)
    keys.append(StringRef(key))
  }

  mutating func removeAll() {
    ordinals.removeAll(keepingCapacity: true)
    isTo.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
  }
}
