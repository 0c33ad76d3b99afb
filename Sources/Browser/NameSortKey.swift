/// The first 16 bytes of a name, ASCII letters folded to lower case, packed
/// into two integers: sorting these sorts most names without comparing strings.
struct NameSortKey: Comparable {
  let high: UInt64
  let low: UInt64
  let entity: UInt32

  init(name: UnsafeBufferPointer<UInt8>, entity: UInt32) {
    var high: UInt64 = 0
    var low: UInt64 = 0
    var taken = 0
    for byte in name {
      let folded = UInt64(Self.fold(byte))
      if taken < 8 { high = high << 8 | folded } else { low = low << 8 | folded }
      taken += 1
      if taken == 16 { break }
    }
    self.high = taken < 8 ? high << (8 * UInt64(8 - taken)) : high
    self.low = taken < 16 ? low << (8 * UInt64(16 - max(8, taken))) : low
    self.entity = entity
  }

  /// True when the names differ somewhere in their first 16 bytes or in length
  /// there, so the keys alone order them.
  func hasSamePrefix(as other: NameSortKey) -> Bool {
    high == other.high && low == other.low
  }

  static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  static func < (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
    (lhs.high, lhs.low, lhs.entity) < (rhs.high, rhs.low, rhs.entity)
  }
}
