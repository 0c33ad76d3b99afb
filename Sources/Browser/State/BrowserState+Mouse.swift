import KnowledgeGraph

extension BrowserState {
  static let wheelStep = 3

  /// A click selects, a double-click or a click on the selected line opens,
  /// and the wheel scrolls the pane under the pointer.
  mutating func handleMouse(_ mouse: MouseEvent) -> [BrowserEffect] {
    let layout = layout
    guard !layout.isTooSmall else { return [] }
    switch overlay {
    case .help(var help):
      if let delta = Self.wheelDelta(mouse) {
        help.offset += delta
        overlay = .help(help)
      }
      return []
    case .filter(let chooser):
      clickFilter(mouse, chooser: chooser)
      return []
    case .bookmarks(let chooser):
      return clickBookmarks(mouse, chooser: chooser)
    case nil:
      break
    }
    if command != nil { return [] }
    if showsHome, homePane.contains(column: mouse.column, row: mouse.row) {
      return clickHome(mouse)
    }
    if let pane = layout.listPane, pane.contains(column: mouse.column, row: mouse.row) {
      return clickList(mouse, body: pane.droppingTop(1))
    }
    if search == nil, let pane = layout.detailPane,
      pane.contains(column: mouse.column, row: mouse.row)
    {
      clickDetail(mouse, body: pane.droppingTop(1))
    }
    return []
  }

  private static func wheelDelta(_ mouse: MouseEvent) -> Int? {
    switch mouse.action {
    case .wheelUp: -wheelStep
    case .wheelDown: wheelStep
    case .press, .doubleClick: nil
    }
  }

  private mutating func clickList(_ mouse: MouseEvent, body: Rect) -> [BrowserEffect] {
    if search != nil { return clickSearch(mouse, body: body) }
    let opens: Bool
    if var session = path {
      opens = Self.click(mouse, body: body, position: &session.position, count: session.rowCount)
      path = session
    } else {
      opens = Self.click(mouse, body: body, position: &list, count: order.count)
    }
    if Self.wheelDelta(mouse) == nil { focus = .list }
    if opens { activate() }
    return []
  }

  private mutating func clickSearch(_ mouse: MouseEvent, body: Rect) -> [BrowserEffect] {
    guard var session = search else { return [] }
    let rows = body.droppingTop(searchMessageHeight)
    let opens = Self.click(mouse, body: rows, position: &session.position, count: session.rowCount)
    search = session
    return opens ? handleSearchKey(.enter) : []
  }

  /// Applies a click or wheel to a list; true when the click should open the row.
  private static func click(
    _ mouse: MouseEvent, body: Rect, position: inout ScrollPosition, count: Int
  ) -> Bool {
    if let delta = wheelDelta(mouse) {
      position.scroll(by: delta, count: count, height: body.height)
      return false
    }
    guard body.rows.contains(mouse.row) else { return false }
    let row = position.offset + mouse.row - body.row
    guard row < count else { return false }
    let wasSelected = position.cursor == row
    position.cursor = row
    return mouse.action == .doubleClick || wasSelected
  }

  private mutating func clickDetail(_ mouse: MouseEvent, body: Rect) {
    guard let detail = detailLayout(), var entry = history.current else { return }
    if let delta = Self.wheelDelta(mouse) {
      if detail.relationCount > 0 {
        entry.detail.cursor += delta
      } else {
        entry.detail.offset += delta
      }
      history.current = entry
      return
    }
    focus = .detail
    let line = entry.detail.offset + mouse.row - body.row
    guard mouse.row >= body.row, mouse.row - body.row < detailBodyHeight(detail),
      line < detail.lineCount, case .relation(let relation) = detail.line(at: line)
    else { return }
    let wasSelected = entry.detail.cursor == relation
    entry.detail.cursor = relation
    history.current = entry
    if wasSelected || mouse.action == .doubleClick { activate() }
  }

  /// In the bookmark list a click selects and a second click opens.
  private mutating func clickBookmarks(_ mouse: MouseEvent, chooser: BookmarkChooser)
    -> [BrowserEffect]
  {
    var chooser = chooser
    let count = chooser.matches(memory.bookmarks).count
    let box = layout.overlayBox(lines: max(1, count), preferredWidth: Self.bookmarkWidth)
    let rows = box.droppingTop(1).droppingBottom(2)
    let opens = Self.click(mouse, body: rows, position: &chooser.position, count: count)
    overlay = .bookmarks(chooser)
    return opens ? handleBookmarkKey(.enter, chooser: chooser) : []
  }

  /// In the label chooser a click moves the cursor and a second click toggles.
  private mutating func clickFilter(_ mouse: MouseEvent, chooser: FilterChooser) {
    var chooser = chooser
    let box = layout.overlayBox(
      lines: max(1, chooser.labels.count), preferredWidth: Self.filterWidth)
    let rows = box.droppingTop(1).droppingBottom(2)
    if Self.click(mouse, body: rows, position: &chooser.position, count: chooser.labels.count) {
      chooser.toggle()
    }
    overlay = .filter(chooser)
  }
}
