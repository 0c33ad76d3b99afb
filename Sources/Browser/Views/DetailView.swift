import KnowledgeGraph

/// The detail pane: the current entity's card, its relations grouped by
/// label with counts, and the selected relation's provenance.
///
/// Only the lines in view are read from the graph, so a hub with 100,000
/// relations draws as fast as a leaf.
enum DetailView {
  static func draw(
    _ state: BrowserState, in pane: Rect, layout: ScreenLayout, on canvas: inout Canvas
  ) {
    if let preview = state.previewEntity,
      state.search?.graph != nil || preview != state.currentEntity
    {
      drawPreview(preview, state: state, in: pane, on: &canvas)
      return
    }
    let isFocused = state.focus == .detail
    guard let detail = state.detailLayout(width: pane.width), let entry = state.history.current
    else {
      if let remote = state.history.current?.remote {
        drawWaiting(for: remote, isFocused: isFocused, in: pane, on: &canvas)
      } else {
        PaneTitle.draw(StyledText("Details"), isFocused: isFocused, in: pane, on: &canvas)
      }
      return
    }
    PaneTitle.draw(
      BookmarkMark.name(detail.entity, in: state), trailing: summary(detail),
      isFocused: isFocused, in: pane, on: &canvas)
    let body = pane.droppingTop(1)
    let provenance = state.provenanceLines(detail, bodyHeight: body.height, paneWidth: pane.width)
    let height = provenance.isEmpty ? body.height : max(1, body.height - provenance.count - 1)
    let position = detail.revealing(entry.detail, height: height)
    for (number, row) in body.rows.prefix(height).enumerated() {
      let index = position.offset + number
      guard index < detail.lineCount else { break }
      drawLine(
        detail.line(at: index), detail: detail, state: state, cursor: position.cursor,
        isFocused: isFocused, row: row, in: body, on: &canvas)
    }
    if !provenance.isEmpty { drawProvenance(provenance, in: body.droppingTop(height), on: &canvas) }
  }

  /// An endpoint page not there yet: loading, or why it failed.
  private static func drawWaiting(
    for remote: RemoteEntry, isFocused: Bool, in pane: Rect, on canvas: inout Canvas
  ) {
    PaneTitle.draw(StyledText(remote.name), isFocused: isFocused, in: pane, on: &canvas)
    let body = pane.droppingTop(1)
    let text =
      remote.failure.map { "Could not load this page: \($0). Ctrl-L tries again." }
      ?? "loading…"
    let style = remote.failure == nil ? Theme.muted : Theme.message
    let lines = TextWrapper.wrap(text, width: max(1, body.width - 2), maxLines: body.height)
    for (line, row) in zip(lines, body.rows) {
      canvas.draw(
        StyledText(line, style: style), row: row, column: body.column + 1, width: body.width - 2)
    }
  }

  /// A search result's page, from its top, without cursor or provenance.
  private static func drawPreview(
    _ entity: EntityIndex, state: BrowserState, in pane: Rect, on canvas: inout Canvas
  ) {
    let layout = state.search?.graph.map {
      state.previewLayout(width: pane.width, of: entity, in: $0)
    }
    guard let detail = layout ?? state.detailLayout(width: pane.width, of: entity) else { return }
    PaneTitle.draw(
      BookmarkMark.prefixed(
        StyledText(detail.graph.name(of: entity)), entity, in: state, graph: detail.graph),
      trailing: summary(detail), isFocused: false, in: pane, on: &canvas)
    let body = pane.droppingTop(1)
    for (index, row) in body.rows.enumerated() where index < detail.lineCount {
      drawLine(
        detail.line(at: index), detail: detail, state: state, cursor: -1, isFocused: false,
        row: row, in: body, on: &canvas)
    }
  }

  /// "12 relations", or how much the label filter hides.
  private static func summary(_ detail: DetailLayout) -> StyledText {
    let count = detail.relationCount
    var text = "\(count) relation" + (count == 1 ? "" : "s")
    if detail.hiddenGroupCount > 0 { text += " · filtered" }
    if detail.isPartial { text += " · partial" }
    return StyledText(text, style: Theme.muted)
  }

  private static func drawLine(
    _ line: DetailLine, detail: DetailLayout, state: BrowserState, cursor: Int, isFocused: Bool,
    row: Int, in body: Rect, on canvas: inout Canvas
  ) {
    let textColumn = body.column + 1
    let textWidth = body.width - 2
    switch line {
    case .card(let number):
      canvas.draw(detail.card[number], row: row, column: textColumn, width: textWidth)
    case .heading(let group):
      var heading = StyledText(detail.groups[group].label, style: Theme.label)
      let group = detail.groups[group]
      let count = group.total > group.count ? "\(group.count) of \(group.total)" : "\(group.count)"
      heading.append(" (\(count))", style: Theme.count)
      canvas.draw(heading, row: row, column: textColumn, width: textWidth)
    case .relation(let relation):
      let other = detail.edge(ofRelation: relation).other
      ListRow.draw(
        BookmarkMark.prefixed(
          StyledText(detail.graph.name(of: other)), other, in: state, graph: detail.graph),
        trailing: EntityListView.typeText(other, in: detail.graph),
        mark: ListRow.mark(isCursor: relation == cursor, isFocused: isFocused), row: row, in: body,
        on: &canvas, indent: 3)
    case .more(let group):
      let group = detail.groups[group]
      let text = "… \(group.total - group.count) more on the endpoint; + fetches more"
      canvas.draw(
        StyledText(text, style: Theme.muted), row: row, column: textColumn + 2,
        width: textWidth - 2)
    case .blank:
      break
    case .notice:
      let text =
        detail.hiddenGroupCount > 0
        ? "No relations with the chosen labels; t changes them." : "No relations."
      canvas.draw(
        StyledText(text, style: Theme.muted), row: row, column: textColumn, width: textWidth)
    }
  }

  private static func drawProvenance(_ lines: [StyledText], in box: Rect, on canvas: inout Canvas) {
    guard box.height > 0 else { return }
    let rule = StyledText(
      "── provenance " + String(repeating: "─", count: max(0, box.width - 14)),
      style: Theme.separator)
    canvas.draw(rule, row: box.row, column: box.column, width: box.width)
    for (number, line) in lines.enumerated() {
      canvas.draw(line, row: box.row + 1 + number, column: box.column + 1, width: box.width - 2)
    }
  }
}
