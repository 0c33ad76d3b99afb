/// The `t` overlay: which relation labels the detail pane shows.
enum FilterView {
  static func draw(_ chooser: FilterChooser, layout: ScreenLayout, on canvas: inout Canvas) {
    let box = layout.overlayBox(
      lines: max(1, chooser.labels.count), preferredWidth: BrowserState.filterWidth)
    let inside = Box.draw(box, title: "Show relation labels", on: &canvas)
    guard inside.height > 0 else { return }
    let rows = inside.droppingBottom(1)
    if chooser.labels.isEmpty {
      canvas.draw(
        StyledText("This entity has no relations.", style: Theme.muted), row: rows.row,
        column: inside.column + 1, width: inside.width - 2)
    }
    var position = chooser.position
    position.clamp(count: chooser.labels.count, height: rows.height)
    for (number, row) in rows.rows.enumerated() {
      let index = position.offset + number
      guard index < chooser.labels.count else { break }
      let label = chooser.labels[index]
      let box = chooser.checked.contains(label.label) ? "[x] " : "[ ] "
      ListRow.draw(
        StyledText(box, style: Theme.name) + StyledText(label.label, style: Theme.label),
        trailing: StyledText("\(label.count)", style: Theme.count),
        mark: ListRow.mark(isCursor: index == position.cursor, isFocused: true), row: row,
        in: rows, on: &canvas)
    }
    canvas.draw(
      StyledText("Space toggle  a all  n none  Enter apply", style: Theme.muted),
      row: inside.row + inside.height - 1, column: inside.column + 1, width: inside.width - 2)
  }
}
