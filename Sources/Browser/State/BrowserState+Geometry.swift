import KnowledgeGraph

extension BrowserState {
  var layout: ScreenLayout { ScreenLayout(size: size, focus: focus) }

  /// The detail document of the current entity at the current width.
  func detailLayout() -> DetailLayout? {
    detailLayout(width: layout.detailWidth)
  }

  /// The detail document of `entity` (default: the current one) for a pane
  /// `paneWidth` columns wide; text leaves a margin each side. An endpoint
  /// page keeps the one of its entity, so going back to it lays out nothing.
  func detailLayout(width paneWidth: Int, of entity: EntityIndex? = nil) -> DetailLayout? {
    guard let entity = entity ?? currentEntity else { return nil }
    if entity == currentEntity, let remote = history.current?.remote, remote.page == nil {
      return nil
    }
    let width = max(1, paneWidth - 2)
    for kept in [detailCache, shownPage?.keptLayout] {
      if let kept, kept.fits(graph: graph, entity: entity, width: width, filter: relationFilter) {
        return kept
      }
    }
    let built = DetailLayout(
      graph: graph, entity: entity, width: width, filter: relationFilter, page: shownPage)
    if entity == shownPage?.entity { shownPage?.keep(built) }
    return built
  }

  /// A search result's card from an endpoint, from the graph that names the results.
  func previewLayout(width paneWidth: Int, of entity: EntityIndex, in page: PageGraph)
    -> DetailLayout
  {
    DetailLayout(
      graph: page.graph, entity: entity, width: max(1, paneWidth - 2), filter: nil, page: page)
  }

  /// The provenance of the relation under the detail cursor, when the
  /// focused detail pane has room to show it; empty otherwise.
  func provenanceLines(_ detail: DetailLayout, bodyHeight: Int, paneWidth: Int) -> [StyledText] {
    guard focus == .detail, detail.relationCount > 0, let entry = history.current else {
      return []
    }
    let cursor = min(max(0, entry.detail.cursor), detail.relationCount - 1)
    return ProvenanceBox.lines(
      for: detail.edge(ofRelation: cursor), in: graph, width: max(1, paneWidth - 2),
      maximumHeight: ProvenanceBox.maximumHeight(forBody: bodyHeight))
  }

  /// Rows of the detail pane left for the document below the title and above any provenance.
  func detailBodyHeight(_ detail: DetailLayout, bodyHeight: Int? = nil, paneWidth: Int? = nil)
    -> Int
  {
    let body = bodyHeight ?? layout.bodyHeight
    let lines = provenanceLines(
      detail, bodyHeight: body, paneWidth: paneWidth ?? layout.detailWidth)
    return lines.isEmpty ? body : max(1, body - lines.count - 1)
  }

  /// The search result under the cursor, which the detail pane previews
  /// while searching without adding it to history.
  var previewEntity: EntityIndex? {
    guard let session = search, session.rowCount > 0 else { return nil }
    return session.entity(atRow: min(max(0, session.position.cursor), session.rowCount - 1))
  }

  /// Rows of the list pane left for search rows below any message.
  var searchRowsHeight: Int {
    max(1, layout.bodyHeight - searchMessageHeight)
  }

  /// Rows the search message and the blank line after it take above the rows.
  var searchMessageHeight: Int {
    guard let session = search else { return 0 }
    let lines = SearchListView.messageLines(for: session, in: graph, width: layout.listWidth)
    return lines.isEmpty ? 0 : lines.count + 1
  }

  /// Moves the list cursor to `entity`, centring it when it was off screen.
  mutating func revealInList(_ entity: EntityIndex) {
    let height = layout.bodyHeight
    let target = order.position(of: entity)
    if !(list.offset..<list.offset + height).contains(target) {
      list.offset = target - height / 2
    }
    list.move(to: target, count: order.count, height: height)
  }
}
