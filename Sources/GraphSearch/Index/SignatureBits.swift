/// 256 bits that hashed features of an entity's fields set: the pairs of a
/// `PairSignature` and the grams of a `ContiguousSignature`, each stored in
/// the slot columns as four 64-bit words.
struct SignatureBits: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// Sets bit `bit`, 0..<256.
  @inline(__always)
  mutating func insert(_ bit: Int) {
    // Branch-free: which word a hashed bit lands in is unpredictable.
    let mask: UInt64 = 1 << UInt64(bit & 63)
    let word = bit >> 6
    words.0 |= word == 0 ? mask : 0
    words.1 |= word == 1 ? mask : 0
    words.2 |= word == 2 ? mask : 0
    words.3 |= word == 3 ? mask : 0
  }

  mutating func formUnion(_ other: SignatureBits) {
    words.0 |= other.words.0
    words.1 |= other.words.1
    words.2 |= other.words.2
    words.3 |= other.words.3
  }

  /// Bits `64 * index ..< 64 * (index + 1)`, for `index` in 0..<4.
  @inline(__always)
  func word(_ index: Int) -> UInt64 {
    switch index {
    case 0: words.0
    case 1: words.1
    case 2: words.2
    default: words.3
    }
  }
}
