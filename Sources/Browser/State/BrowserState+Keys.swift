import KnowledgeGraph

extension BrowserState {
  mutating func handleKey(_ key: Key) -> [BrowserEffect] {
    switch key {
    case .control("c"): return [.quit]
    case .control("l"):
      askForCurrentPage(refresh: true)
      return [.redrawAll]
    default: break
    }
    if layout.isTooSmall { return key == .character("q") ? [.quit] : [] }
    switch overlay {
    case .help(let help):
      handleHelpKey(key, help: help)
      return []
    case .filter(let chooser):
      handleFilterKey(key, chooser: chooser)
      return []
    case .bookmarks(let chooser):
      return handleBookmarkKey(key, chooser: chooser)
    case nil:
      if command != nil { return handleCommandKey(key) }
      return search == nil ? handleBrowseKey(key) : handleSearchKey(key)
    }
  }

  private mutating func handleBrowseKey(_ key: Key) -> [BrowserEffect] {
    if showsHome, let effects = handleHomeKey(key) { return effects }
    switch key {
    case .character("q"): return [.quit]
    case .character("H"): goHome()
    case .character("m"): return toggleBookmark()
    case .character("'"), .character("b"): openBookmarkList()
    case .character(":"): openCommandLine()
    case .character("y"): return copy(card: false)
    case .character("Y"): return copy(card: true)
    case .character("?"), .function(1): overlay = .help(HelpOverlay())
    case .character("/"): startSearch(.open)
    case .character("p"):
      if let entity = currentEntity { startSearch(.pathTarget(from: entity)) }
    case .character("t"): openFilterChooser()
    case .character("+"): fetchMore()
    case .tab, .backTab: focus = focus.other
    case .escape: if !cancelLoadingPage() { escape() }
    case .left, .character("h"), .backspace, .control("h"): goBack(focusingListAtStart: true)
    case .character("["): goBack(focusingListAtStart: false)
    case .character("]"): goForward()
    case .enter, .right, .character("l"): activate()
    default:
      if let motion = Motion(key: key, lettersAllowed: true) { move(motion) }
    }
    return []
  }

  /// Esc leaves the detail pane for the list, and there closes the path view.
  private mutating func escape() {
    if focus == .detail {
      focus = .list
    } else {
      path = nil
    }
  }

  /// Opens what the cursor is on: a list entity, a path step, or the relation's other end.
  mutating func activate() {
    if focus == .detail {
      follow()
    } else if let session = path {
      if session.rowCount > 0 { openPathRow(session.position.cursor) }
    } else if order.count > 0 {
      open(order.entity(at: list.cursor))
    }
  }

  /// Shows `entity` in the detail pane as a new history page.
  mutating func open(_ entity: EntityIndex) {
    if isEndpoint { return openRemote(entity, in: graph) }
    if currentEntity != entity { history.push(entity) }
    memory.recent = SessionMemory.noting(graph.id(of: entity), in: memory.recent)
    revealInList(entity)
    focus = .detail
  }

  private mutating func follow() {
    guard let detail = detailLayout(), detail.relationCount > 0, let entry = history.current
    else { return }
    open(detail.edge(ofRelation: entry.detail.cursor).other)
  }

  private mutating func goBack(focusingListAtStart: Bool) {
    if history.back() {
      revisitRemotePage()
      if let entity = currentEntity { revealInList(entity) }
    } else if focusingListAtStart {
      focus = .list
    }
  }

  private mutating func goForward() {
    guard history.forward() else { return }
    revisitRemotePage()
    if let entity = currentEntity { revealInList(entity) }
  }

  private mutating func move(_ motion: Motion) {
    let height = layout.bodyHeight
    switch focus {
    case .list where path != nil:
      guard var session = path else { return }
      let target = motion.target(
        from: session.position.cursor, count: session.rowCount, page: height)
      session.position.move(to: target, count: session.rowCount, height: height)
      path = session
    case .list:
      let target = motion.target(from: list.cursor, count: order.count, page: height)
      list.move(to: target, count: order.count, height: height)
    case .detail:
      moveInDetail(motion)
    }
  }

  /// Moves between relations, or scrolls the card when there are none.
  private mutating func moveInDetail(_ motion: Motion) {
    guard let detail = detailLayout(), var entry = history.current else { return }
    let height = detailBodyHeight(detail)
    if detail.relationCount > 0 {
      entry.detail.cursor = motion.target(
        from: entry.detail.cursor, count: detail.relationCount, page: height)
      entry.detail = detail.revealing(entry.detail, height: height)
    } else {
      let last = max(0, detail.lineCount - height)
      entry.detail.offset = min(
        max(0, motion.target(from: entry.detail.offset, count: last + 1, page: height)), last)
    }
    history.current = entry
  }
}
