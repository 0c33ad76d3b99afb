/// The `?` overlay: every key, grouped, with `/` filtering as you type.
enum HelpView {
  static let keyColumnWidth = 24

  static func draw(_ help: HelpOverlay, layout: ScreenLayout, on canvas: inout Canvas) {
    let lines = help.lines
    let box = layout.overlayBox(lines: max(1, lines.count), preferredWidth: BrowserState.helpWidth)
    let inside = Box.draw(box, title: "Keys", on: &canvas)
    guard inside.height > 0 else { return }
    let rows = inside.droppingBottom(1)
    let last = max(0, lines.count - rows.height)
    let offset = min(max(0, help.offset), last)
    for (number, row) in rows.rows.enumerated() {
      let index = offset + number
      guard index < lines.count else { break }
      canvas.draw(
        text(of: lines[index], width: inside.width), row: row, column: inside.column + 1,
        width: inside.width - 2)
    }
    if lines.isEmpty {
      canvas.draw(
        StyledText("No key matches \"\(help.filter)\".", style: Theme.message), row: rows.row,
        column: inside.column + 1, width: inside.width - 2)
    }
    canvas.draw(
      filterLine(help), row: inside.row + inside.height - 1, column: inside.column + 1,
      width: inside.width - 2)
  }

  private static func text(of line: HelpLine, width: Int) -> StyledText {
    switch line {
    case .section(let title):
      return StyledText(title, style: Theme.paneTitle)
    case .binding(let keys, let action):
      let keyWidth = min(keyColumnWidth, max(1, (width - 2) / 2))
      return StyledText("  " + Glyph.padded(keys, to: keyWidth - 2), style: Theme.key)
        + StyledText(" " + action)
    }
  }

  private static func filterLine(_ help: HelpOverlay) -> StyledText {
    if help.isEditingFilter {
      return StyledText("/", style: Theme.key) + StyledText(help.filter, style: Theme.name)
        + StyledText(" ", style: CellStyle(reverse: true))
    }
    if !help.filter.isEmpty {
      return StyledText("filter: ", style: Theme.muted) + StyledText(help.filter, style: Theme.name)
        + StyledText("   / edit  Esc close", style: Theme.muted)
    }
    return StyledText("/ filter   ↑↓ scroll   Esc close", style: Theme.muted)
  }
}
