import KnowledgeGraph

/// The `'` overlay: bookmarks with their types, missing ones marked, and the filter line.
enum BookmarkListView {
  static func draw(
    _ chooser: BookmarkChooser, state: BrowserState, layout: ScreenLayout, on canvas: inout Canvas
  ) {
    let matches = chooser.matches(state.memory.bookmarks)
    let box = layout.overlayBox(
      lines: max(1, matches.count), preferredWidth: BrowserState.bookmarkWidth)
    let inside = Box.draw(box, title: "Bookmarks", on: &canvas)
    guard inside.height > 0 else { return }
    let rows = inside.droppingBottom(1)
    var position = chooser.position
    position.clamp(count: matches.count, height: rows.height)
    for (number, row) in rows.rows.enumerated() {
      let index = position.offset + number
      guard index < matches.count else { break }
      let (text, trailing) = texts(of: matches[index], in: state.graph)
      ListRow.draw(
        text, trailing: trailing,
        mark: ListRow.mark(isCursor: index == position.cursor, isFocused: true), row: row,
        in: rows, on: &canvas)
    }
    if matches.isEmpty {
      let empty =
        state.memory.bookmarks.isEmpty
        ? "No bookmarks yet: m bookmarks the current entity." : "No bookmark matches."
      canvas.draw(
        StyledText(empty, style: Theme.message), row: rows.row, column: rows.column + 1,
        width: rows.width - 2)
    }
    canvas.draw(
      footer(chooser), row: inside.row + inside.height - 1, column: inside.column + 1,
      width: inside.width - 2)
  }

  private static func texts(of bookmark: Bookmark, in graph: Graph) -> (StyledText, StyledText) {
    guard let entity = graph.entityIndex(forID: bookmark.id) else {
      return (
        StyledText(bookmark.name, style: Theme.muted),
        StyledText("missing", style: Theme.message)
      )
    }
    return (StyledText(graph.name(of: entity)), EntityListView.typeText(entity, in: graph))
  }

  private static func footer(_ chooser: BookmarkChooser) -> StyledText {
    if chooser.isEditingFilter {
      return StyledText("/", style: Theme.key) + StyledText(chooser.filter, style: Theme.name)
        + StyledText(" ", style: CellStyle(reverse: true))
    }
    let filter =
      chooser.filter.isEmpty
      ? StyledText() : StyledText("filter: \(chooser.filter)   ", style: Theme.muted)
    return filter + StyledText("Enter open  d delete  / filter  Esc close", style: Theme.muted)
  }
}
