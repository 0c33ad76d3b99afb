import GraphSearch
import KnowledgeGraph

extension BrowserState {
  /// Most entities a type listing shows, as many as a search returns.
  static let typeListingLimit = 1000

  /// The home screen's area: everything between the header and the status line.
  var homePane: Rect { Rect(column: 0, row: 1, width: size.columns, height: max(0, size.rows - 2)) }

  /// True when the home screen is what shows, rather than a search over it.
  var showsHome: Bool { isHome && search == nil && path == nil }

  /// Home is a page in history, so `←` and `[` come back to where the user was.
  mutating func goHome() {
    path = nil
    focus = .list
    if !isHome { history.push(nil) }
  }

  /// Moves and Enter on the home screen; nil for keys the home screen leaves to the browser.
  mutating func handleHomeKey(_ key: Key) -> [BrowserEffect]? {
    switch key {
    case .enter, .right, .character("l"): return activateHomeItem()
    case .tab, .backTab, .escape: return []
    default:
      guard let motion = Motion(key: key, lettersAllowed: true), var entry = history.current
      else { return nil }
      let home = HomeLayout(self)
      entry.detail.cursor = motion.target(
        from: entry.detail.cursor, count: home.itemRows.count, page: layout.bodyHeight)
      history.current = entry
      return []
    }
  }

  /// The cursor (an item number) and first row of the home screen, kept valid
  /// and the cursor's row in view; the top stays in view while the first item is chosen.
  func homePosition(_ home: HomeLayout, height: Int) -> ScrollPosition {
    var position = history.current?.detail ?? ScrollPosition()
    let count = home.itemRows.count
    position.cursor = min(max(0, position.cursor), max(0, count - 1))
    let visible = max(1, height)
    if count > 0 {
      let row = home.itemRows[position.cursor]
      if position.cursor == 0 || row < position.offset { position.offset = max(0, row - 1) }
      if position.cursor == 0, row < visible { position.offset = 0 }
      if row >= position.offset + visible { position.offset = row - visible + 1 }
    }
    position.offset = min(max(0, position.offset), max(0, home.rows.count - visible))
    return position
  }

  mutating func normalizeHome() {
    guard showsHome, var entry = history.current else { return }
    entry.detail = homePosition(HomeLayout(self), height: layout.bodyHeight)
    history.current = entry
  }

  private mutating func activateHomeItem() -> [BrowserEffect] {
    let items = HomeLayout(self).items
    guard let entry = history.current, items.indices.contains(entry.detail.cursor) else {
      return []
    }
    switch items[entry.detail.cursor] {
    case .entity(let entity): open(entity)
    case .type(let type): listType(type)
    case .bookmark(let bookmark): openBookmark(bookmark)
    }
    return []
  }

  /// Lists a type's entities by name as a search the user can go on typing in.
  mutating func listType(_ type: String) {
    guard let typeIndex = graph.entityTypes.firstIndex(of: type) else { return }
    var results: [SearchResult] = []
    var position = 0
    while position < order.count, results.count < Self.typeListingLimit {
      let entity = order.entity(at: position)
      if graph.typeIndex(of: entity) == typeIndex {
        results.append(
          SearchResult(
            entity: entity, score: 0, field: .name, matchedText: graph.name(of: entity),
            positions: []))
      }
      position += 1
    }
    startSearch(.open)
    search?.query = "type:" + type
    search?.results = results
  }

  /// A click on the home screen selects an item; a second click or a double-click opens it.
  mutating func clickHome(_ mouse: MouseEvent) -> [BrowserEffect] {
    guard var entry = history.current else { return [] }
    switch mouse.action {
    case .wheelUp, .wheelDown:
      entry.detail.cursor += mouse.action == .wheelUp ? -Self.wheelStep : Self.wheelStep
      history.current = entry
      return []
    case .press, .doubleClick:
      let body = homePane.droppingTop(1)
      let home = HomeLayout(self)
      let position = homePosition(home, height: body.height)
      let row = position.offset + mouse.row - body.row
      guard mouse.row >= body.row, let item = home.itemRows.firstIndex(of: row) else { return [] }
      let wasSelected = position.cursor == item
      entry.detail.cursor = item
      history.current = entry
      return wasSelected || mouse.action == .doubleClick ? activateHomeItem() : []
    }
  }
}
