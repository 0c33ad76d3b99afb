/// A 64-bit set of the characters in folded text: one bit per ASCII letter and
/// digit, and the other characters hashed onto the remaining 28 bits.
///
/// A term can only match a field whose mask holds every bit of the term's
/// mask, so one AND and compare rejects most fields before any byte is read.
enum CharacterMask {
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var mask: UInt64 = 0
    var position = 0
    let count = bytes.count
    while position < count {
      let byte = bytes[position]
      if byte < 0x80 {
        mask |= bit(forASCII: byte)
        position += 1
        continue
      }
      var value = UInt32(byte)
      position += 1
      while position < count, bytes[position] & 0xC0 == 0x80 {
        value = value &* 31 &+ UInt32(bytes[position])
        position += 1
      }
      mask |= 1 << (36 + UInt64(value % 28))
    }
    return mask
  }

  static func of(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBufferPointer { of($0) }
  }

  @inline(__always)
  private static func bit(forASCII byte: UInt8) -> UInt64 {
    switch byte {
    case 0x61...0x7A: return 1 << UInt64(byte - 0x61)
    case 0x30...0x39: return 1 << UInt64(26 + byte - 0x30)
    case 0x20: return 0
    default: return 1 << (36 + UInt64(byte % 28))
    }
  }
}
