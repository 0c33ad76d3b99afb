import KnowledgeGraph

/// The bottom line: where the cursor is (`12/41`), which pane has focus,
/// and the keys that matter right now.
enum StatusView {
  static func draw(_ state: BrowserState, layout: ScreenLayout, on canvas: inout Canvas) {
    if let prompt = state.command {
      CommandLineView.draw(prompt, layout: layout, on: &canvas)
      return
    }
    let row = layout.statusRow
    let columns = canvas.size.columns
    var line = StyledText(" " + position(state) + " ", style: Theme.barTitle)
    if columns >= 40 { line.append(" " + context(state) + " ", style: Theme.name) }
    if let message = state.message {
      line.append(" " + message, style: Theme.message)
      canvas.draw(line, row: row, column: 0, width: columns)
      return
    }
    let always = state.overlay == nil && state.search == nil ? [("?", "help"), ("q", "quit")] : []
    let reserved = always.reduce(0) { $0 + hint($1).width }
    for item in hints(state) where line.width + hint(item).width + reserved <= columns {
      line.append(hint(item))
    }
    for item in always where line.width + hint(item).width <= columns { line.append(hint(item)) }
    canvas.draw(line, row: row, column: 0, width: columns)
  }

  private static func hint(_ item: (keys: String, action: String)) -> StyledText {
    StyledText(" " + item.keys, style: Theme.key) + StyledText(" " + item.action + " ")
  }

  static func position(_ state: BrowserState) -> String {
    if state.showsHome {
      let home = HomeLayout(state)
      let cursor = state.homePosition(home, height: 1).cursor
      return home.itemRows.isEmpty ? "0/0" : "\(cursor + 1)/\(home.itemRows.count)"
    }
    if let session = state.search {
      return session.rowCount == 0 ? "0/0" : "\(session.position.cursor + 1)/\(session.rowCount)"
    }
    if state.focus == .list, let session = state.path {
      return session.rowCount == 0 ? "0/0" : "\(session.position.cursor + 1)/\(session.rowCount)"
    }
    if state.focus == .detail, let detail = state.detailLayout(), let entry = state.history.current
    {
      return detail.relationCount == 0
        ? "0/0" : "\(entry.detail.cursor + 1)/\(detail.relationCount)"
    }
    return state.order.count == 0 ? "0/0" : "\(state.list.cursor + 1)/\(state.order.count)"
  }

  /// What the keys act on. Search results that an endpoint's label index
  /// found say so; without the mark, the endpoint was asked (`CONTAINS`).
  private static func context(_ state: BrowserState) -> String {
    switch state.overlay {
    case .help: return "help"
    case .filter: return "labels"
    case .bookmarks: return "bookmarks"
    case nil: break
    }
    if state.showsHome { return "home" }
    if let session = state.search {
      if case .pathTarget = session.purpose { return "path to" }
      return session.graph?.isFromLabelIndex == true ? "search · label index" : "search"
    }
    if state.focus == .list { return state.path == nil ? "list" : "path" }
    return "details"
  }

  private static func hints(_ state: BrowserState) -> [(String, String)] {
    switch state.overlay {
    case .help(let help):
      return help.isEditingFilter
        ? [("Enter", "done"), ("Esc", "clear")]
        : [("/", "filter"), ("↑↓", "scroll"), ("Esc", "close")]
    case .filter:
      return [
        ("Space", "toggle"), ("a", "all"), ("n", "none"), ("Enter", "apply"), ("Esc", "cancel"),
      ]
    case .bookmarks(let chooser):
      return chooser.isEditingFilter
        ? [("Enter", "done"), ("Esc", "clear")]
        : [("Enter", "open"), ("d", "delete"), ("/", "filter"), ("Esc", "close")]
    case nil:
      break
    }
    if state.showsHome {
      return [("↑↓", "move"), ("Enter", "open"), ("/", "search"), (":", "command")]
    }
    if state.search != nil { return [("↑↓", "move"), ("Enter", "choose"), ("Esc", "cancel")] }
    let back: [(String, String)] = state.history.canGoBack ? [("←", "back")] : []
    if state.focus == .list {
      let close: [(String, String)] = state.path == nil ? [("/", "search")] : [("Esc", "close")]
      return [("↑↓", "move"), ("Enter", "open")] + back + close + [("Tab", "details")]
    }
    return [("↑↓", "move"), ("Enter", "follow")] + back + [
      ("t", "labels"), ("p", "path"), ("/", "search"), ("Tab", "list"),
    ]
  }
}
