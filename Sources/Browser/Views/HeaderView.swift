import KnowledgeGraph

/// The top bar: the dataset's title, and the breadcrumb of the pages walked
/// to reach the current one, shortened from the left when it does not fit.
enum HeaderView {
  static func draw(_ state: BrowserState, on canvas: inout Canvas) {
    let columns = canvas.size.columns
    canvas.fill(Rect(column: 0, row: 0, width: columns, height: 1), style: Theme.bar)
    var title = StyledText(" kg ", style: Theme.barTitle)
    title.append(" " + state.graph.metadata.title, style: Theme.bar)
    let crumbs = breadcrumb(state, width: columns)
    var titleWidth = min(title.width, max(columns / 3, columns - crumbs.width - 3))
    if titleWidth < min(title.width, 12) {
      titleWidth = 4
      title = StyledText(" kg ", style: Theme.barTitle)
    }
    canvas.draw(title, row: 0, column: 0, width: titleWidth)
    let crumbsStart = titleWidth + 2
    canvas.drawKeepingEnd(crumbs, row: 0, column: crumbsStart, width: columns - crumbsStart - 1)
  }

  /// The trail's names joined by `›`, current last in bold; only as many
  /// trailing names as can show, so a long history costs nothing.
  static func breadcrumb(_ state: BrowserState, width: Int) -> StyledText {
    var parts: [StyledText] = []
    var used = 0
    for entry in state.history.trail.reversed() {
      let isCurrent = parts.isEmpty
      let part = StyledText(
        entry.remote?.name ?? entry.entity.map { state.graph.name(of: $0) } ?? "Home",
        style: isCurrent ? Theme.barTitle : Theme.bar)
      parts.append(part)
      used += part.width + 3
      if used > width { break }
    }
    var line = StyledText()
    for (number, part) in parts.reversed().enumerated() {
      if number > 0 { line.append(" › ", style: Theme.bar) }
      line.append(part)
    }
    return line
  }
}
