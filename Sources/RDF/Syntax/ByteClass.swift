/// Byte classes for the scanners: one table load answers "may this byte appear here",
/// instead of a chain of comparisons per byte.
///
/// Only ASCII bytes carry classes; bytes from 0x80 up have none, which sends the scanners
/// to their UTF-8 path.
enum ByteClass {
  /// Allowed unescaped in an IRI reference: 0x21...0x7E except `<>"{}|^`\`.
  static let iri: UInt8 = 1
  /// Allowed unescaped in a single-line string: everything but quotes, `\`, CR and LF.
  static let string: UInt8 = 2
  /// ASCII letters, digits, `_` and `-` (the ASCII part of PN_CHARS).
  static let name: UInt8 = 4
  /// ASCII letters (the ASCII part of PN_CHARS_BASE).
  static let letter: UInt8 = 8
  /// Space, tab, CR and LF.
  static let space: UInt8 = 16
  /// `0`...`9`.
  static let digit: UInt8 = 32
  /// Hexadecimal digits.
  static let hex: UInt8 = 64

  /// Name bytes and `:`, which make up most local names of prefixed names.
  static let local: UInt8 = 128

  /// The table, allocated once and never freed, so scanners can hold a plain pointer to it.
  nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    table.initialize(repeating: 0, count: 256)
    for byte in 0..<128 { table[byte] = classes(of: UInt8(byte)) }
    return UnsafePointer(table)
  }()

  private static func classes(of byte: UInt8) -> UInt8 {
    let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    let isDigit = byte >= 0x30 && byte <= 0x39
    var result: UInt8 = 0
    if byte > 0x20 && byte < 0x7F && !Array("<>\"{}|^`\\".utf8).contains(byte) { result |= iri }
    if !Array("\"'\\".utf8).contains(byte) && byte != 0x0A && byte != 0x0D { result |= string }
    if isLetter || isDigit || byte == 0x5F || byte == 0x2D { result |= name | local }
    if byte == 0x3A { result |= local }
    if isLetter { result |= letter }
    if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { result |= space }
    if isDigit { result |= digit }
    if isDigit || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66) { result |= hex }
    return result
  }
}
