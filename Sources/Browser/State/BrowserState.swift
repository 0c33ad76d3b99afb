import GraphSearch
import KnowledgeGraph

/// Everything the browser shows, as a value: `handle` turns an event into a
/// new state plus effects for the runner, and `BrowserRenderer` turns a state
/// into a screen. Neither touches the terminal, so both are tested directly.
public struct BrowserState: Sendable {
  /// Where pages come from: the file's graph, or an endpoint through the runner.
  public internal(set) var source: BrowserSource
  /// The file's graph; for an endpoint, an empty graph until a page is shown.
  let baseGraph: Graph
  public private(set) var size: ScreenSize
  let fileOrder: EntityOrder
  /// For an endpoint, the page whose graph the panes show: the current
  /// page once it has come, the previous one while it loads.
  var shownPage: PageGraph?
  /// Used only for "did you mean" when a search finds nothing; searching
  /// itself is an effect the runner carries out off the input loop. A runner
  /// that builds its index in the background sets it once it is ready.
  public var searchIndex: SearchIndex?
  var focus: Pane
  /// Cursor and scroll of the entity list.
  var list = ScrollPosition()
  var history = History()
  var search: SearchPrompt?
  var path: PathSession?
  var overlay: Overlay?
  /// Relation labels the detail pane shows; nil shows all.
  var relationFilter: Set<String>?
  /// Tags each search and path request, so only the latest answer is used.
  var generation = 0
  /// The current entity's detail document as of the last event, so drawing
  /// and the next key do not lay it out again; used only while it matches.
  var detailCache: DetailLayout?
  /// Bookmarks and the lists that outlive the session; `sessionMemory` hands them back.
  var memory: SessionMemory
  /// The bookmarked entities that exist in this graph, for the marks in every list.
  var bookmarked: Set<EntityIndex> = []
  /// The entity the previous session ended on, offered on the home screen.
  let continueEntity: EntityIndex?
  /// Type counts and hubs for the home screen; nil until the runner delivers
  /// them on a large graph.
  public internal(set) var homeStatistics: HomeStatistics?
  /// A one-line answer in the status line (a command's error, "copied"),
  /// until the next key.
  var message: String?
  /// The `:` command line while it is open.
  var command: CommandPrompt?
  /// Effects asked for by code that returns none (opening an endpoint page),
  /// handed to the runner with the event's own.
  var outbox: [BrowserEffect] = []

  /// Starts on `start`, or on the first entity by name, with the list focused
  /// unless a start entity was asked for.
  ///
  /// - Parameters:
  ///   - order: the name order of the graph's entities; pass one built ahead
  ///     (for example while loading) to keep a large graph's start instant.
  ///   - searchIndex: the index the runner searches with, for suggestions.
  ///   - memory: what earlier sessions left: bookmarks, the back/forward
  ///     stack (restored under the first page), recent entities and queries.
  ///   - startsAtHome: without a start entity, open the home screen rather
  ///     than the first entity by name.
  public init(
    graph: Graph, start: EntityIndex?, size: ScreenSize, order: EntityOrder? = nil,
    searchIndex: SearchIndex? = nil, memory: SessionMemory = SessionMemory(),
    startsAtHome: Bool = false
  ) {
    source = .file
    baseGraph = graph
    self.size = size
    fileOrder = order ?? EntityOrder(graph: graph)
    self.searchIndex = searchIndex
    self.memory = memory
    continueEntity = memory.lastEntity(in: graph)
    homeStatistics =
      graph.entityCount < HomeStatistics.backgroundThreshold
      ? HomeStatistics(graph: graph) : nil
    let validStart = start.flatMap { $0.position < graph.entityCount ? $0 : nil }
    focus = validStart == nil ? .list : .detail
    history = memory.restoredHistory(in: graph)
    refreshBookmarks()
    if validStart == nil, startsAtHome {
      if !isHome { history.push(nil) }
    } else if let first = validStart ?? (graph.entityCount > 0 ? fileOrder.entity(at: 0) : nil) {
      if currentEntity != first { history.push(first) }
      revealInList(first)
    }
  }

  /// The graph the panes show: the file's, or the shown endpoint page's.
  public var graph: Graph { shownPage?.graph ?? baseGraph }

  /// The list pane's entities by name.
  var order: EntityOrder { shownPage?.order ?? fileOrder }

  /// What this session adds to the memory it started with, for the runner to save.
  public var sessionMemory: SessionMemory {
    var result = memory
    result.visits = history.entries.map { entry in
      entry.remote?.iri ?? entry.entity.map { graph.id(of: $0) } ?? ""
    }
    result.position = history.position
    return result
  }

  /// True while the home screen is the current page.
  public var isHome: Bool {
    history.current.map { $0.entity == nil && $0.remote == nil } ?? false
  }

  /// The list position of the cursor.
  public var selection: Int { list.cursor }

  /// The entity the detail pane shows.
  public var currentEntity: EntityIndex? { history.current?.entity }

  /// Applies one event and returns the effects the runner must carry out.
  public mutating func handle(_ event: InputEvent) -> [BrowserEffect] {
    let effects: [BrowserEffect]
    switch event {
    case .key(let key):
      message = nil
      effects = handleKey(key)
    case .mouse(let mouse):
      message = nil
      effects = handleMouse(mouse)
    case .resize(let newSize):
      size = newSize
      effects = []
    case .searchResults(let generation, let results):
      receiveSearchResults(results, generation: generation)
      effects = []
    case .pathResult(let generation, let steps):
      receivePath(steps, generation: generation)
      effects = []
    case .notice(let text):
      message = text
      effects = []
    case .homeStatistics(let statistics):
      homeStatistics = statistics
      effects = []
    case .fileCompletions(let generation, let paths):
      receiveFileCompletions(paths, generation: generation)
      effects = []
    case .page(let generation, let page):
      receivePage(page, generation: generation)
      effects = []
    case .pageFailed(let generation, let text):
      receivePageFailure(text, generation: generation)
      effects = []
    case .endpointSearchResults(let generation, let results, let graph):
      receiveSearchResults(results, generation: generation, in: graph)
      effects = []
    case .endpointPath(let generation, let steps, let graph, let text):
      receiveEndpointPath(steps, in: graph, generation: generation, failure: text)
      effects = []
    case .bookmarks(let bookmarks):
      memory.bookmarks = bookmarks
      refreshBookmarks()
      effects = []
    }
    normalize()
    return effects + takeOutbox()
  }

  /// Keeps every cursor on an existing row and visible at the current size.
  mutating func normalize() {
    syncShownPage()
    detailCache = detailLayout()
    let height = layout.bodyHeight
    list.clamp(count: order.count, height: height)
    let searchHeight = searchRowsHeight
    if var session = search {
      session.position.clamp(count: session.rowCount, height: searchHeight)
      search = session
    }
    if var session = path {
      session.position.clamp(count: session.rowCount, height: height)
      path = session
    }
    if let detail = detailLayout(), var entry = history.current {
      entry.detail = detail.revealing(entry.detail, height: detailBodyHeight(detail))
      history.current = entry
    }
    normalizeOverlay()
    normalizeHome()
  }
}
