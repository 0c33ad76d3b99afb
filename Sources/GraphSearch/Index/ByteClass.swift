/// The kind of a folded byte, as fzf's scorer sees characters: it decides
/// where words start and how much a match there is worth.
///
/// Folded text is lowercase, so there is no camel-case class; every byte of a
/// non-ASCII character counts as a letter, so CJK runs never break into words.
enum ByteClass: UInt8 {
  case white
  case nonWord
  case delimiter
  case letter
  case number

  @inline(__always)
  init(_ byte: UInt8) {
    switch byte {
    case 0x61...0x7A, 0x80...0xFF: self = .letter
    case 0x30...0x39: self = .number
    case 0x20: self = .white
    case 0x2F, 0x2C, 0x3A, 0x3B, 0x7C: self = .delimiter
    default: self = .nonWord
    }
  }

  var isWord: Bool { self == .letter || self == .number }

  /// True for bytes of letters and digits, without building a class.
  @inline(__always)
  static func isWord(_ byte: UInt8) -> Bool {
    byte >= 0x80 || byte &- 0x61 < 26 || byte &- 0x30 < 10
  }
}
