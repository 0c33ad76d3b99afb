import KnowledgeGraph

/// The list pane's normal content: every entity by name, with its type.
enum EntityListView {
  static func draw(_ state: BrowserState, in pane: Rect, on canvas: inout Canvas) {
    let isFocused = state.focus == .list
    PaneTitle.draw(
      StyledText(state.isEndpoint ? "On this page" : "Entities"),
      trailing: StyledText("\(state.order.count)"), isFocused: isFocused,
      in: pane, on: &canvas)
    let body = pane.droppingTop(1)
    guard state.order.count > 0 else {
      let text = state.isEndpoint ? "/ searches the endpoint." : "No entities in this dataset."
      canvas.draw(
        StyledText(text, style: Theme.muted), row: body.row, column: body.column + 1,
        width: body.width - 2)
      return
    }
    var position = state.list
    position.clamp(count: state.order.count, height: body.height)
    for (number, row) in body.rows.enumerated() {
      let index = position.offset + number
      guard index < state.order.count else { break }
      let entity = state.order.entity(at: index)
      ListRow.draw(
        BookmarkMark.name(entity, in: state), trailing: typeText(entity, in: state.graph),
        mark: ListRow.mark(isCursor: index == position.cursor, isFocused: isFocused), row: row,
        in: body, on: &canvas)
    }
  }

  static func typeText(_ entity: EntityIndex, in graph: Graph) -> StyledText {
    StyledText(graph.type(of: entity), style: Theme.entityType(graph.typeIndex(of: entity)))
  }
}
