import KnowledgeGraph

/// One grapheme cluster ready for a cell: terminal-safe, and 1 or 2 columns wide.
struct Glyph: Hashable, Sendable {
  let text: String
  let width: Int

  static let ellipsis = Glyph(text: "…", width: 1)
  static let space = Glyph(text: " ", width: 1)
  private static let printableASCII = (0x20..<0x7F).map {
    Glyph(text: String(UnicodeScalar(UInt8($0))), width: 1)
  }

  /// Calls `body` with the glyphs that show `text`, in order, until it returns false.
  ///
  /// Control, bidirectional and zero-width characters come out as visible
  /// `\u{XX}` escapes (the `TerminalSafeText` convention), and so does any
  /// cluster that would draw nothing, so every glyph advances the cursor.
  /// Printable ASCII, most of what is drawn, goes a byte at a time, without
  /// splitting it into characters. Returns false when `body` stopped early.
  @discardableResult
  static func visit(_ text: String, _ body: (Glyph) -> Bool) -> Bool {
    if TerminalSafeText.isPrintableASCII(text) {
      for byte in text.utf8 where !body(printableASCII[Int(byte - 0x20)]) { return false }
      return true
    }
    let isSafe = TerminalSafeText.isSafe(text)
    for character in text {
      if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
        guard body(printableASCII[Int(ascii - 0x20)]) else { return false }
        continue
      }
      let width = isSafe ? DisplayWidth.of(character) : 0
      if width > 0 {
        guard body(Glyph(text: String(character), width: width)) else { return false }
        continue
      }
      guard visitUnsafe(character, body) else { return false }
    }
    return true
  }

  private static func visitUnsafe(_ character: Character, _ body: (Glyph) -> Bool) -> Bool {
    for safe in TerminalSafeText.singleLine(String(character)) {
      let width = DisplayWidth.of(safe)
      if width > 0 {
        guard body(Glyph(text: String(safe), width: width)) else { return false }
        continue
      }
      for scalar in safe.unicodeScalars {
        let escape = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        for letter in escape where !body(Glyph(text: String(letter), width: 1)) { return false }
      }
    }
    return true
  }

  /// `text` made terminal-safe and exactly `width` columns: cut with `…`
  /// or padded with spaces, for aligned columns.
  static func padded(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    var glyphs: [Glyph] = []
    var used = 0
    let complete = visit(text) {
      glyphs.append($0)
      used += $0.width
      return used <= width
    }
    if !complete || used > width {
      while used > width - 1, !glyphs.isEmpty { used -= glyphs.removeLast().width }
      glyphs.append(.ellipsis)
      used += 1
    }
    return glyphs.map(\.text).joined() + String(repeating: " ", count: width - used)
  }
}
