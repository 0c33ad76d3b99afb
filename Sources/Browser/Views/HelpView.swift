/// The `?` overlay: every key, grouped, with `/` filtering as you type.
enum HelpView {
  /// The key column, indent included, at its widest: the longest keys and a space.
  static let keyColumnWidth = 20

  static func draw(_ help: HelpOverlay, layout: ScreenLayout, on canvas: inout Canvas) {
    let geometry = HelpGeometry(help, layout: layout)
    let inside = Box.draw(geometry.box, title: "Keys", on: &canvas)
    guard inside.height > 0 else { return }
    let rows = Rect(
      column: inside.column, row: inside.row, width: inside.width, height: geometry.rowsHeight)
    let offset = min(max(0, help.offset), max(0, geometry.rowCount - rows.height))
    let columnWidth = max(1, (inside.width - 2) / geometry.columns.count)
    for (number, lines) in geometry.columns.enumerated() {
      let column = inside.column + 1 + number * columnWidth
      for (index, row) in zip(offset..<lines.count, rows.rows) {
        canvas.draw(
          text(of: lines[index], width: columnWidth), row: row, column: column,
          width: columnWidth - (number + 1 < geometry.columns.count ? 1 : 0))
      }
    }
    if help.lines.isEmpty {
      canvas.draw(
        StyledText("No key matches \"\(help.filter)\".", style: Theme.message), row: rows.row,
        column: inside.column + 1, width: inside.width - 2)
    }
    if geometry.showsFilterLine {
      canvas.draw(
        filterLine(help), row: inside.row + inside.height - 1, column: inside.column + 1,
        width: inside.width - 2)
    }
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
    return StyledText("filter: ", style: Theme.muted) + StyledText(help.filter, style: Theme.name)
      + StyledText("   / edit  Esc close", style: Theme.muted)
  }
}
