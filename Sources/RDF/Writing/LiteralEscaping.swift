/// Writes the inside of a `"…"` literal so that it is valid N-Triples and
/// Turtle, and safe to show in a terminal.
///
/// The grammar only requires `"`, `\`, line feed and carriage return to be
/// escaped; every control character (C0, DEL, C1) and the bidirectional
/// formatting characters are escaped too, so `cat` on an export can neither
/// move the cursor nor reorder what follows. Everything else, CJK and emoji
/// included, is written as UTF-8.
enum LiteralEscaping {
  static func appendQuoted(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    ScalarDecoding.withUTF8(text) { appendEscaped($0, to: &output) }
    output.append(UInt8(ascii: "\""))
  }

  static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var runStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard !isPlain(byte) else {
        index += 1
        continue
      }
      let (value, length) = ScalarDecoding.scalar(in: bytes, at: index)
      if needsEscape(value) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        appendEscape(value, to: &output)
        runStart = index + length
      }
      index += length
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
  }

  /// A byte that is written as it is, found without decoding: printable
  /// ASCII other than `"` and `\`, or a byte of a multi-byte character
  /// whose lead is not 0xC2 (C1 controls) or 0xE2 (bidi formatting).
  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x22, 0x5C, 0x7F, 0xC2, 0xE2: false
    default: byte >= 0x20
    }
  }

  /// Characters written as an escape in literals, and as `\u` in IRIs.
  static func needsEscape(_ value: UInt32) -> Bool {
    value < 0x20 || value == 0x22 || value == 0x5C || (0x7F...0x9F).contains(value)
      || isBidiFormatting(value)
  }

  /// The characters that reorder text: LRM, RLM, the embeddings and
  /// overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
  static func isBidiFormatting(_ value: UInt32) -> Bool {
    value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
    let short: UInt8? =
      switch value {
      case 0x08: UInt8(ascii: "b")
      case 0x09: UInt8(ascii: "t")
      case 0x0A: UInt8(ascii: "n")
      case 0x0C: UInt8(ascii: "f")
      case 0x0D: UInt8(ascii: "r")
      case 0x22, 0x5C: UInt8(truncatingIfNeeded: value)
      default: nil
      }
    guard let short else { return appendUnicodeEscape(value, to: &output) }
    output.append(UInt8(ascii: "\\"))
    output.append(short)
  }

  /// `\uXXXX` with upper-case hex digits, for a character of the Basic Multilingual Plane.
  static func appendUnicodeEscape(_ value: UInt32, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\\"))
    output.append(UInt8(ascii: "u"))
    for shift in stride(from: 12, through: 0, by: -4) {
      output.append(hexDigit(value >> UInt32(shift)))
    }
  }

  /// The upper-case hex digit of the low four bits of `value`.
  static func hexDigit(_ value: UInt32) -> UInt8 {
    let nibble = UInt8(truncatingIfNeeded: value & 0xF)
    return nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
  }
}
