/// A 256-bit set of the byte pairs that sit at most two apart in an entity's
/// fields, plus the set of characters that start its words inside a field.
///
/// A term can match a field only if each of its characters after the first
/// follows the previous one within two bytes (contiguous, or a scattered
/// match's gap of one) or starts a word, which is then never the field's
/// first; checking those pairs rejects far more entities than the character
/// mask alone, before any field byte is read.
struct PairSignature: Sendable {
  var words = SignatureBits()
  /// Characters (`startBit`) that start a word after the first byte of a field.
  var innerStarts: UInt64 = 0

  /// Adds the pairs and word starts of one folded field.
  mutating func add(_ field: UnsafeBufferPointer<UInt8>) {
    let count = field.count
    var previousIsWord = false
    for position in 0..<count {
      let byte = field[position]
      let isWord = ByteClass.isWord(byte)
      if position > 0, isWord, !previousIsWord { innerStarts |= Self.startBit(byte) }
      previousIsWord = isWord
      if position + 1 < count { words.insert(Self.pair(byte, field[position + 1])) }
      if position + 2 < count { words.insert(Self.pair(byte, field[position + 2])) }
    }
  }

  mutating func formUnion(_ other: PairSignature) {
    words.formUnion(other.words)
    innerStarts |= other.innerStarts
  }

  /// The pair's bit number, 0..<256.
  @inline(__always)
  static func pair(_ first: UInt8, _ second: UInt8) -> Int {
    Int((UInt32(first) &* 0x9E37_79B1 ^ UInt32(second) &* 0x85EB_CA77) >> 24)
  }

  /// The bit of a character that starts a word.
  @inline(__always)
  static func startBit(_ byte: UInt8) -> UInt64 {
    switch byte {
    case 0x61...0x7A: 1 << UInt64(byte - 0x61)
    case 0x30...0x39: 1 << UInt64(26 + byte - 0x30)
    default: 1 << (36 + UInt64(byte % 28))
    }
  }
}
