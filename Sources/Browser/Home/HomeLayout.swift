import KnowledgeGraph

/// The home screen as rows: the dataset, where the last session ended, the
/// bookmarks, the entity types and the most connected entities. Only the
/// items can take the cursor; `itemRows` says where each one is.
struct HomeLayout {
  /// Types beyond this many are summed up in one line.
  static let typeLimit = 40

  private(set) var rows: [HomeRow] = []
  /// What Enter opens, in order; `itemRows` holds the row of each.
  private(set) var items: [HomeItem] = []
  private(set) var itemRows: [Int] = []

  init(_ state: BrowserState) {
    if case .endpoint(let name) = state.source {
      addEndpoint(name)
      addBookmarks(state)
      return
    }
    let graph = state.graph
    addDataset(graph)
    if let entity = state.continueEntity {
      addHeading("Continue where you left off")
      addEntity(entity, state: state, trailing: EntityListView.typeText(entity, in: graph))
    }
    addBookmarks(state)
    addTypes(state.homeStatistics, graph: graph)
    addHubs(state)
  }

  private mutating func addDataset(_ graph: Graph) {
    rows.append(.text(StyledText(graph.metadata.title, style: Theme.name)))
    if let description = graph.metadata.description {
      rows.append(.text(StyledText(description, style: Theme.muted)))
    }
    let sources = graph.metadata.sources.map(\.displayTitle)
    if !sources.isEmpty {
      rows.append(.text(StyledText("Sources: " + sources.joined(separator: "; "))))
    }
    let counts = [
      Self.counted(graph.entityCount, "entity", "entities"),
      Self.counted(graph.relationCount, "relation", "relations"),
      Self.counted(graph.entityTypes.count, "type", "types"),
    ]
    rows.append(.text(StyledText(counts.joined(separator: " · "))))
  }

  /// An endpoint has no counts or types worth a query on every visit home.
  private mutating func addEndpoint(_ name: String) {
    rows.append(.text(StyledText(name, style: Theme.name)))
    rows.append(.text(StyledText("A SPARQL endpoint: / searches it.", style: Theme.muted)))
  }

  private mutating func addBookmarks(_ state: BrowserState) {
    addHeading("Bookmarks")
    guard !state.memory.bookmarks.isEmpty else {
      addMuted("None yet: m bookmarks the entity you are on, ' lists them.")
      return
    }
    for bookmark in state.memory.bookmarks {
      if state.isEndpoint {
        addItem(.bookmark(bookmark), text: StyledText("* " + bookmark.name), trailing: StyledText())
      } else if let entity = state.graph.entityIndex(forID: bookmark.id) {
        addItem(
          .bookmark(bookmark), text: BookmarkMark.name(entity, in: state),
          trailing: EntityListView.typeText(entity, in: state.graph))
      } else {
        addItem(
          .bookmark(bookmark), text: StyledText("* " + bookmark.name, style: Theme.muted),
          trailing: StyledText("missing", style: Theme.message))
      }
    }
  }

  private mutating func addTypes(_ statistics: HomeStatistics?, graph: Graph) {
    addHeading("Entity types")
    guard let statistics else {
      addMuted("Counting…")
      return
    }
    for count in statistics.types.prefix(Self.typeLimit) {
      let typeIndex = graph.entityTypes.firstIndex(of: count.type) ?? 0
      addItem(
        .type(count.type), text: StyledText(count.type, style: Theme.entityType(typeIndex)),
        trailing: StyledText("\(count.count)", style: Theme.count))
    }
    if statistics.types.count > Self.typeLimit {
      addMuted("… and \(statistics.types.count - Self.typeLimit) more types")
    }
  }

  private mutating func addHubs(_ state: BrowserState) {
    guard let statistics = state.homeStatistics, !statistics.mostConnected.isEmpty else { return }
    addHeading("Most connected")
    for hub in statistics.mostConnected {
      addEntity(
        hub.entity, state: state,
        trailing: StyledText(Self.counted(hub.degree, "relation", "relations"), style: Theme.count)
      )
    }
  }

  private mutating func addEntity(_ entity: EntityIndex, state: BrowserState, trailing: StyledText)
  {
    addItem(.entity(entity), text: BookmarkMark.name(entity, in: state), trailing: trailing)
  }

  private mutating func addHeading(_ title: String) {
    rows.append(.text(StyledText()))
    rows.append(.text(StyledText(title, style: Theme.paneTitle)))
  }

  private mutating func addMuted(_ text: String) {
    rows.append(.text(StyledText("  " + text, style: Theme.muted)))
  }

  private mutating func addItem(_ item: HomeItem, text: StyledText, trailing: StyledText) {
    items.append(item)
    itemRows.append(rows.count)
    rows.append(.item(text: text, trailing: trailing))
  }

  private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }
}
