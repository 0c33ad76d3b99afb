/// A set of entity indices as a bitmap: one bit per entity, so marking a
/// million entities seen costs 125 KB and no hashing.
struct EntitySet {
  /// Bit `i % 64` of word `i / 64` is set when `i` is a member.
  private(set) var words: [UInt64]

  init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

  init(words: [UInt64]) { self.words = words }

  /// Adds the entity; false when it was already there.
  @inline(__always)
  mutating func insert(_ entity: Int) -> Bool {
    let bit: UInt64 = 1 << UInt64(entity & 63)
    let word = entity >> 6
    if words[word] & bit != 0 { return false }
    words[word] |= bit
    return true
  }

  @inline(__always)
  func contains(_ entity: Int) -> Bool { words[entity >> 6] & (1 << UInt64(entity & 63)) != 0 }

  /// The members in ascending order.
  var members: [UInt32] {
    var result: [UInt32] = []
    for (index, word) in words.enumerated() where word != 0 {
      var remaining = word
      while remaining != 0 {
        result.append(UInt32(index * 64 + remaining.trailingZeroBitCount))
        remaining &= remaining - 1
      }
    }
    return result
  }
}
