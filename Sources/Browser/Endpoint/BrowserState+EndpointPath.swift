import KnowledgeGraph

extension BrowserState {
  /// Asks the runner for a path over the endpoint from the shown page's
  /// entity to a search result, and shows the path view meanwhile.
  mutating func requestEndpointPath(
    from start: EntityIndex, to goal: EntityIndex, in resultGraph: Graph
  ) -> [BrowserEffect] {
    guard let from = graph.endpointIRI(of: start), let to = resultGraph.endpointIRI(of: goal) else {
      message = "a blank node cannot be an end of a path over the endpoint"
      return []
    }
    generation += 1
    var session = PathSession(from: start, to: goal, generation: generation)
    session.endNames = graph.name(of: start) + " to " + resultGraph.name(of: goal)
    path = session
    focus = .list
    return [.findEndpointPath(from: from, to: to, generation: generation)]
  }

  /// Shows the path and walks it into history as endpoint pages, fetching
  /// the last; stale answers are dropped.
  mutating func receiveEndpointPath(
    _ steps: [PathStep]?, in pathGraph: PageGraph?, generation: Int, failure: String?
  ) {
    guard var session = path, session.generation == generation, session.status == .pending
    else { return }
    guard let steps, let first = steps.first, let last = steps.last, let pathGraph else {
      session.status = .notFound
      session.failure = failure
      path = session
      return
    }
    session.graph = pathGraph
    session.from = first.from
    session.to = last.to
    session.status = .found(steps)
    for entity in [first.from] + steps.map(\.to) { pushRemote(entity, in: pathGraph.graph) }
    session.historyStart = history.position - steps.count
    session.position.move(to: steps.count, count: session.rowCount, height: layout.bodyHeight)
    path = session
    askForCurrentPage(refresh: false)
  }

  /// Opens a step of an endpoint path: within history while the path is there.
  mutating func openEndpointPathRow(_ row: Int, of session: PathSession, in pathGraph: PageGraph) {
    let entity = session.entity(atRow: row)
    let iri = pathGraph.graph.endpointIRI(of: entity)
    if let start = session.historyStart, history.entries.indices.contains(start + row),
      history.entries[start + row].remote?.iri == iri
    {
      history.jump(to: start + row)
      revisitRemotePage()
      focus = .detail
    } else {
      openRemote(entity, in: pathGraph.graph)
    }
  }

  private mutating func pushRemote(_ entity: EntityIndex, in graph: Graph) {
    guard let iri = graph.endpointIRI(of: entity), history.current?.remote?.iri != iri else {
      return
    }
    var entry = HistoryEntry(entity: nil)
    entry.remote = RemoteEntry(iri: iri, name: graph.name(of: entity))
    history.push(entry)
  }
}
