/// Escapes text from a file before it is shown, so control characters, bidi overrides and
/// invalid bytes in a hostile file cannot drive the terminal.
enum TerminalSafeText {
  /// Printable ASCII and ordinary Unicode pass as they are; controls, format characters
  /// (bidi overrides, zero-width joiners), separators other than space, unassigned and
  /// private-use scalars become `\u{…}`; a byte sequence that is not UTF-8 becomes `\u{FFFD}`.
  static func escape<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    var result = ""
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): result += escape(scalar)
      case .emptyInput: return result
      case .error: result += "\\u{FFFD}"
      }
    }
  }

  /// Escapes a string already known to be valid Unicode.
  static func escape(_ text: String) -> String {
    text.unicodeScalars.map(escape).joined()
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    if scalar == "\\" { return "\\\\" }
    if scalar.isASCII {
      return scalar.value >= 0x20 && scalar.value < 0x7F ? String(scalar) : hex(scalar)
    }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .unassigned,
      .privateUse, .surrogate:
      return hex(scalar)
    default:
      return String(scalar)
    }
  }

  private static func hex(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
