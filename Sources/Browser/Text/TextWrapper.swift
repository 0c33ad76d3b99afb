import KnowledgeGraph

/// Lays out multi-line dataset text (descriptions, quotes) in a column.
///
/// Newlines start new lines, tabs advance to the next multiple of four
/// columns, words wrap at spaces, and a word wider than the column (or a
/// run of CJK without spaces) breaks between characters. Output lines are
/// terminal-safe and at most `width` columns; at most `maxLines` come out,
/// the last ending in `…` when text was cut.
enum TextWrapper {
  static let tabWidth = 4

  static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    guard width > 0, maxLines > 0 else { return [] }
    let limit = (maxLines + 1) * (width + 1) * 4
    let kept = text.prefix(limit)
    var lines: [[Glyph]] = []
    for paragraph in TerminalSafeText.multiLine(String(kept)).split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      var builder = LineBuilder(width: width)
      builder.add(tokens(of: String(paragraph)))
      lines.append(contentsOf: builder.finish())
      if lines.count > maxLines { break }
    }
    let isCut = kept.endIndex != text.endIndex
    return finish(lines, maxLines: maxLines, width: width, isCut: isCut)
  }

  /// Runs of spaces and runs of other glyphs, with tabs expanded.
  private static func tokens(of paragraph: String) -> [[Glyph]] {
    var tokens: [[Glyph]] = []
    var current: [Glyph] = []
    var column = 0
    var currentIsSpace = false
    func emit(_ glyph: Glyph, isSpace: Bool) {
      if isSpace != currentIsSpace, !current.isEmpty {
        tokens.append(current)
        current = []
      }
      currentIsSpace = isSpace
      current.append(glyph)
      column += glyph.width
    }
    for character in paragraph {
      if character == "\t" {
        for _ in 0..<(tabWidth - column % tabWidth) { emit(.space, isSpace: true) }
      } else {
        Glyph.visit(String(character)) {
          emit($0, isSpace: $0.text == " ")
          return true
        }
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  private static func finish(_ lines: [[Glyph]], maxLines: Int, width: Int, isCut: Bool)
    -> [String]
  {
    guard lines.count > maxLines || isCut else { return lines.map(joined) }
    var kept = Array(lines.prefix(maxLines))
    var last = kept[kept.count - 1]
    var used = last.reduce(0) { $0 + $1.width }
    while used > width - 1, !last.isEmpty { used -= last.removeLast().width }
    last.append(.ellipsis)
    kept[kept.count - 1] = last
    return kept.map(joined)
  }

  private static func joined(_ glyphs: [Glyph]) -> String {
    glyphs.map(\.text).joined()
  }
}
