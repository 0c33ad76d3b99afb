import KnowledgeGraph

/// The home screen across the whole content area: what the dataset holds and
/// the ways back into it, one item per line under section headings.
enum HomeView {
  static func draw(_ state: BrowserState, in pane: Rect, on canvas: inout Canvas) {
    PaneTitle.draw(
      StyledText("Home"), trailing: StyledText("H returns here"), isFocused: true, in: pane,
      on: &canvas)
    let body = pane.droppingTop(1)
    let home = HomeLayout(state)
    let position = state.homePosition(home, height: body.height)
    for (number, row) in body.rows.enumerated() {
      let index = position.offset + number
      guard index < home.rows.count else { break }
      switch home.rows[index] {
      case .text(let text):
        canvas.draw(text, row: row, column: body.column + 1, width: body.width - 2)
      case .item(let text, let trailing):
        let isCursor =
          home.itemRows.indices.contains(position.cursor)
          && home.itemRows[position.cursor] == index
        ListRow.draw(
          text, trailing: trailing, mark: isCursor ? .selected : .none, row: row, in: body,
          on: &canvas, indent: 3)
      }
    }
  }
}
