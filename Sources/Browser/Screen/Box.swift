/// A bordered box drawn over the screen for overlays, with a title in its
/// top border and a hint line at its bottom.
enum Box {
  /// Clears the box, draws its border and title; returns the inside rectangle.
  static func draw(_ rect: Rect, title: String, on canvas: inout Canvas) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(column: 0, row: 0, width: 0, height: 0)
    }
    canvas.fill(rect)
    let inner = rect.width - 2
    let horizontal = String(repeating: "─", count: inner)
    canvas.draw(
      StyledText("┌" + horizontal + "┐", style: Theme.separator), row: rect.row,
      column: rect.column,
      width: rect.width)
    for row in rect.row + 1..<rect.row + rect.height - 1 {
      canvas.draw(StyledText("│", style: Theme.separator), row: row, column: rect.column, width: 1)
      canvas.draw(
        StyledText("│", style: Theme.separator), row: row, column: rect.column + rect.width - 1,
        width: 1)
    }
    canvas.draw(
      StyledText("└" + horizontal + "┘", style: Theme.separator), row: rect.row + rect.height - 1,
      column: rect.column, width: rect.width)
    canvas.draw(
      StyledText(" " + title + " ", style: Theme.name), row: rect.row, column: rect.column + 2,
      width: max(0, inner - 2))
    return Rect(column: rect.column + 1, row: rect.row + 1, width: inner, height: rect.height - 2)
  }
}
