/// The title row of a pane: reverse video when the pane has focus, so the
/// focus shows without colour, and underlined otherwise.
enum PaneTitle {
  static func draw(
    _ title: StyledText, trailing: StyledText = StyledText(), isFocused: Bool, in pane: Rect,
    on canvas: inout Canvas
  ) {
    let base = isFocused ? Theme.focusedPaneTitle : Theme.paneTitle
    canvas.fill(Rect(column: pane.column, row: pane.row, width: pane.width, height: 1), style: base)
    let restyle: (CellStyle) -> CellStyle = {
      var style = $0
      style.reverse = isFocused
      style.underline = !isFocused || $0.underline
      if isFocused { style.foreground = .standard }
      return style
    }
    let fits = title.width + trailing.width + 4 <= pane.width || pane.width >= 40
    let trailingWidth = fits ? min(trailing.width, max(0, pane.width / 2 - 1)) : 0
    if trailingWidth > 0 {
      canvas.drawRightAligned(
        trailing.restyled(restyle), row: pane.row,
        column: pane.column + pane.width - trailingWidth - 1,
        width: trailingWidth)
    }
    let titleWidth = max(0, pane.width - 2 - (trailingWidth > 0 ? trailingWidth + 2 : 0))
    canvas.draw(title.restyled(restyle), row: pane.row, column: pane.column + 1, width: titleWidth)
  }
}
