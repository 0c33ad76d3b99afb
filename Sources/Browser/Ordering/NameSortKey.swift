/// The first 16 bytes of a name, ASCII letters folded to lower case, packed
/// into two integers, and the name's length up to 16: sorting these sorts
/// all names shorter than 16 bytes, and most others, without comparing strings.
struct NameSortKey: Comparable {
  let high: UInt64
  let low: UInt64
  /// The length, capped at 16, which orders a name before the same name
  /// with more bytes after it (even NUL bytes, which pack like padding).
  let prefixLength: UInt32
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
    self.prefixLength = UInt32(taken)
    self.entity = entity
  }

  /// Whether both names are 16 bytes or longer and start with the same
  /// folded 16 bytes: only then must their orders be decided by the rest.
  func hasSamePrefix(as other: NameSortKey) -> Bool {
    high == other.high && low == other.low && prefixLength == 16 && other.prefixLength == 16
  }

  static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  static func < (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
    (lhs.high, lhs.low, lhs.prefixLength, lhs.entity)
      < (rhs.high, rhs.low, rhs.prefixLength, rhs.entity)
  }
}
