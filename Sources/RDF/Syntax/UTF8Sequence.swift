/// Strict UTF-8 decoding and encoding on raw bytes, for the paths that meet non-ASCII
/// input or numeric escapes; the ASCII fast paths never call it.
enum UTF8Sequence {
  /// Decodes the scalar at `start`, rejecting overlong forms, surrogates, values above
  /// U+10FFFF and truncated sequences. Returns nil for invalid input; `length` is 0 when the
  /// sequence may be complete but runs past `end`.
  @inline(__always)
  static func decode(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> (
    scalar: UInt32, length: Int
  )? {
    let lead = UInt32(start[0])
    let length: Int
    let minimum: UInt32
    var scalar: UInt32
    switch lead {
    case 0..<0x80: return (lead, 1)
    case 0xC2..<0xE0: (length, minimum, scalar) = (2, 0x80, lead & 0x1F)
    case 0xE0..<0xF0: (length, minimum, scalar) = (3, 0x800, lead & 0x0F)
    case 0xF0..<0xF5: (length, minimum, scalar) = (4, 0x10000, lead & 0x07)
    default: return nil
    }
    let available = end - start
    for index in 1..<length {
      if index >= available { return (0, 0) }
      let byte = UInt32(start[index])
      if byte & 0xC0 != 0x80 { return nil }
      scalar = scalar << 6 | (byte & 0x3F)
    }
    if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
    return (scalar, length)
  }

  /// Writes `scalar` as UTF-8 at `destination` and returns the byte count (1 to 4).
  @inline(__always)
  static func encode(_ scalar: UInt32, into destination: UnsafeMutablePointer<UInt8>) -> Int {
    switch scalar {
    case 0..<0x80:
      destination[0] = UInt8(scalar)
      return 1
    case 0x80..<0x800:
      destination[0] = UInt8(0xC0 | scalar >> 6)
      destination[1] = UInt8(0x80 | scalar & 0x3F)
      return 2
    case 0x800..<0x10000:
      destination[0] = UInt8(0xE0 | scalar >> 12)
      destination[1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
      destination[2] = UInt8(0x80 | scalar & 0x3F)
      return 3
    default:
      destination[0] = UInt8(0xF0 | scalar >> 18)
      destination[1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
      destination[2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
      destination[3] = UInt8(0x80 | scalar & 0x3F)
      return 4
    }
  }

  /// PN_CHARS_BASE of the Turtle grammar, for scalars above ASCII.
  static func isNameStart(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
      0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
      0x10000...0xEFFFF:
      return true
    default: return false
    }
  }

  /// PN_CHARS of the Turtle grammar, for scalars above ASCII.
  static func isNameContinuation(_ scalar: UInt32) -> Bool {
    isNameStart(scalar) || scalar == 0xB7 || (0x300...0x36F).contains(scalar)
      || (0x203F...0x2040).contains(scalar)
  }
}
