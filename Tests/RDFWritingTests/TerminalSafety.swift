/// The characters an export must never write raw: C0 controls other than
/// the line feed, DEL, C1 controls and bidirectional formatting characters.
enum TerminalSafety {
  static func check(_ text: String) throws {
    for (offset, scalar) in text.unicodeScalars.enumerated() where isUnsafe(scalar.value) {
      throw GrammarViolation(
        message: "raw U+\(String(scalar.value, radix: 16, uppercase: true)) at scalar \(offset)",
        context: Substring(text))
    }
  }

  private static func isUnsafe(_ value: UInt32) -> Bool {
    (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || value == 0x200E
      || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }
}
