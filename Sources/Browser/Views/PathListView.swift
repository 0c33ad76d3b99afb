import KnowledgeGraph

/// The list pane after `p`: the shortest path as one row per entity, each
/// reached by the relation label shown before it.
enum PathListView {
  static func draw(
    _ session: PathSession, state: BrowserState, in pane: Rect, on canvas: inout Canvas
  ) {
    let graph = session.graph?.graph ?? state.graph
    let isFocused = state.focus == .list
    let hops = session.steps.count
    let trailing = session.rowCount > 0 ? "\(hops) hop" + (hops == 1 ? "" : "s") : ""
    PaneTitle.draw(
      StyledText("Path"), trailing: StyledText(trailing), isFocused: isFocused, in: pane,
      on: &canvas)
    let body = pane.droppingTop(1)
    if let message = message(for: session, in: graph) {
      let text = message.spans.map(\.text).joined()
      let lines = TextWrapper.wrap(text, width: max(1, body.width - 2), maxLines: body.height)
      for (line, row) in zip(lines, body.rows) {
        canvas.draw(
          StyledText(line, style: message.spans.first?.style ?? .plain), row: row,
          column: body.column + 1, width: body.width - 2)
      }
      return
    }
    var position = session.position
    position.clamp(count: session.rowCount, height: body.height)
    for (number, row) in body.rows.enumerated() {
      let index = position.offset + number
      guard index < session.rowCount else { break }
      let entity = session.entity(atRow: index)
      var text = StyledText()
      if index > 0 {
        text.append("  " + graph.label(of: session.steps[index - 1].edge), style: Theme.label)
        text.append(" → ", style: Theme.muted)
      }
      text.append(
        BookmarkMark.prefixed(
          StyledText(graph.name(of: entity), style: Theme.name), entity, in: state, graph: graph))
      let type = body.width >= 40 ? EntityListView.typeText(entity, in: graph) : StyledText()
      ListRow.draw(
        text, trailing: type,
        mark: ListRow.mark(isCursor: index == position.cursor, isFocused: isFocused), row: row,
        in: body, on: &canvas)
    }
  }

  private static func message(for session: PathSession, in graph: Graph) -> StyledText? {
    let ends =
      session.endNames ?? (graph.name(of: session.from) + " to " + graph.name(of: session.to))
    switch session.status {
    case .pending: return StyledText("Finding a path from " + ends + "…", style: Theme.muted)
    case .notFound:
      let reason = session.failure.map { ": " + $0 } ?? ""
      return StyledText("No path from " + ends + reason + ".", style: Theme.message)
    case .found: return nil
    }
  }
}
