/// Draws one row of a list: a gutter, the main text, and a right-aligned
/// column (an entity's type), styled by the row's cursor state.
///
/// The cursor row of the focused pane is reverse video; in a pane without
/// focus it is bold with a `›` in the gutter.
enum ListRow {
  enum Mark {
    case none
    case selected
    case marked
  }

  static func draw(
    _ text: StyledText, trailing: StyledText, mark: Mark, row: Int, in pane: Rect,
    on canvas: inout Canvas, indent: Int = 1
  ) {
    let restyle: (CellStyle) -> CellStyle
    switch mark {
    case .none: restyle = { $0 }
    case .selected: restyle = Theme.selected
    case .marked: restyle = Theme.marked
    }
    let line = Rect(column: pane.column, row: row, width: pane.width, height: 1)
    canvas.fill(line, style: mark == .selected ? Theme.selected(.plain) : .plain)
    if mark == .marked {
      canvas.draw(StyledText("›", style: Theme.name), row: row, column: pane.column, width: 1)
    }
    let available = pane.width - indent - 1
    let share = available >= 24 ? available / 3 : 0
    let trailingFull = trailing.width(limit: available)
    let room = min(trailingFull, max(share, available - text.width(limit: available) - 1))
    let trailingWidth = room < trailingFull && room < 6 ? 0 : room
    if trailingWidth > 0 {
      canvas.drawRightAligned(
        trailing.restyled(restyle), row: row,
        column: pane.column + pane.width - 1 - trailingWidth, width: trailingWidth)
    }
    let textWidth = pane.width - indent - 1 - (trailingWidth > 0 ? trailingWidth + 1 : 0)
    canvas.draw(text.restyled(restyle), row: row, column: pane.column + indent, width: textWidth)
  }

  static func mark(isCursor: Bool, isFocused: Bool) -> Mark {
    guard isCursor else { return .none }
    return isFocused ? .selected : .marked
  }
}
