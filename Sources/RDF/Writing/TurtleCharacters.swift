/// The character classes of the Turtle and N-Triples grammars (RDF 1.1) that
/// prefixed names and blank node labels are made of.
enum TurtleCharacters {
  /// `PN_CHARS_BASE`: letters, and most of Unicode beyond Latin-1.
  static func isNameStartBase(_ value: UInt32) -> Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
      0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
      0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
      true
    default: false
    }
  }

  /// `PN_CHARS_U`: `PN_CHARS_BASE` or `_`.
  static func isNameStart(_ value: UInt32) -> Bool {
    value == 0x5F || isNameStartBase(value)
  }

  /// `PN_CHARS`: what may follow the first character of a name.
  static func isNameCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
    default: isNameStart(value)
    }
  }

  static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

  /// `PN_LOCAL_ESC`: the ASCII punctuation a local name may carry behind a backslash.
  static func isLocalEscapable(_ value: UInt32) -> Bool {
    switch value {
    case 0x21, 0x23...0x2F, 0x3B, 0x3D, 0x3F, 0x40, 0x5F, 0x7E: true
    default: false
    }
  }

  /// Whether `text` is a `PN_PREFIX` (or empty, the default prefix `:`).
  static func isPrefix(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.map(\.value))
    guard let first = scalars.first, let last = scalars.last else { return true }
    return isNameStartBase(first) && (scalars.count == 1 || isNameCharacter(last))
      && scalars.dropFirst().allSatisfy { isNameCharacter($0) || $0 == 0x2E }
  }
}
