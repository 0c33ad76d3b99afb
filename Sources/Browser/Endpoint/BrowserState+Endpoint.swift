import KnowledgeGraph

extension BrowserState {
  /// Pages kept in history entries around the current one; farther entries
  /// forget theirs and ask the runner again (its cache answers at once), so
  /// a long session does not hold every page it saw.
  static let pagesKeptInHistory = 32

  /// Opens the browser on an endpoint, with the search prompt open: there
  /// is no list of every entity to start from.
  public init(endpointName: String, size: ScreenSize, memory: SessionMemory = SessionMemory()) {
    let metadata = DatasetMetadata(title: endpointName, description: nil, sources: [])
    self.init(graph: GraphBuilder().build(metadata: metadata).graph, start: nil, size: size)
    source = .endpoint(name: endpointName)
    self.memory = memory
    startSearch(.open)
  }

  var isEndpoint: Bool { source != .file }

  /// Opens the page of `iri`, showing `name` until it comes.
  public mutating func openPage(iri: String, name: String) -> [BrowserEffect] {
    search = nil
    requestPage(iri: iri, name: name)
    normalize()
    return takeOutbox()
  }

  /// The page of an entity shown in `graph` (a page, search results or a path).
  mutating func openRemote(_ entity: EntityIndex, in graph: Graph) {
    guard let iri = graph.endpointIRI(of: entity) else {
      message = "\(graph.name(of: entity)) is a blank node: the endpoint cannot be asked for it"
      return
    }
    requestPage(iri: iri, name: graph.name(of: entity))
  }

  mutating func requestPage(iri: String, name: String) {
    focus = .detail
    memory.recent = SessionMemory.noting(iri, in: memory.recent)
    if history.current?.remote?.iri == iri { return }
    var entry = HistoryEntry(entity: nil)
    entry.remote = RemoteEntry(iri: iri, name: name)
    history.push(entry)
    history.forgetPages(fartherThan: Self.pagesKeptInHistory)
    askForCurrentPage(refresh: false)
  }

  /// Asks the runner for the current entry's page, tagging the request so a
  /// late answer to an earlier one is dropped.
  mutating func askForCurrentPage(refresh: Bool) {
    guard var entry = history.current, var remote = entry.remote else { return }
    generation += 1
    remote.request = generation
    remote.failure = nil
    entry.remote = remote
    history.current = entry
    outbox.append(.loadPage(iri: remote.iri, generation: generation, refresh: refresh))
  }

  /// `+`: asks for more members of the large group under the detail
  /// cursor; the page stays on screen until the larger one comes.
  mutating func fetchMore() {
    guard isEndpoint, focus == .detail, let detail = detailLayout(), detail.relationCount > 0,
      var entry = history.current, var remote = entry.remote, let page = remote.page
    else { return }
    let group = detail.groups[detail.group(ofRelation: entry.detail.cursor)]
    guard let part = group.parts.first(where: { page.total(of: $0) > $0.count }),
      let predicate = graph.expandedIRI(graph.relationType(part.type).key)
    else {
      message = "all of \(group.label) is shown"
      return
    }
    generation += 1
    remote.request = generation
    entry.remote = remote
    history.current = entry
    message = "fetching more of \(group.label)…"
    outbox.append(
      .loadMore(
        iri: remote.iri, predicate: predicate, isIncoming: part.direction == .incoming,
        generation: generation))
  }

  /// Shows a page that came, if it answers the current entry's request.
  mutating func receivePage(_ page: PageGraph, generation: Int) {
    guard var entry = history.current, var remote = entry.remote, remote.request == generation
    else { return }
    remote.page = page
    remote.request = nil
    if let entity = page.entity { remote.name = page.graph.name(of: entity) }
    entry.remote = remote
    entry.entity = page.entity
    history.current = entry
    shownPage = page
    detailCache = nil
    refreshBookmarks()
    if let entity = page.entity { revealInList(entity) }
  }

  /// Keeps the failure on the entry, to show in place of the page.
  mutating func receivePageFailure(_ failure: String, generation: Int) {
    guard var entry = history.current, var remote = entry.remote, remote.request == generation
    else { return }
    remote.request = nil
    remote.failure = failure
    entry.remote = remote
    history.current = entry
    message = failure
  }

  /// Esc on a page still loading: stops the request and goes back.
  mutating func cancelLoadingPage() -> Bool {
    guard var entry = history.current, var remote = entry.remote, remote.page == nil,
      let request = remote.request
    else { return false }
    remote.request = nil
    entry.remote = remote
    history.current = entry
    outbox.append(.cancelPage(generation: request))
    history.back()
    return true
  }

  /// After moving in history: shows the entry's page, or asks again for
  /// one that is not there (forgotten, or failed last time) and not already
  /// asked for. Before anything reads the entry's entity, whose index is
  /// one of its own page.
  mutating func revisitRemotePage() {
    syncShownPage()
    guard let remote = history.current?.remote, remote.page == nil, remote.request == nil else {
      return
    }
    askForCurrentPage(refresh: false)
  }

  /// Keeps the panes on the current entry's page once it is there.
  mutating func syncShownPage() {
    guard let page = history.current?.remote?.page, shownPage !== page else { return }
    shownPage = page
    detailCache = nil
    refreshBookmarks()
  }

  mutating func takeOutbox() -> [BrowserEffect] {
    defer { outbox = [] }
    return outbox
  }
}
