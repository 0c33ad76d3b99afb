import KnowledgeGraph

extension BrowserState {
  /// Asks the runner for the shortest path and shows the path view meanwhile.
  mutating func requestPath(from: EntityIndex, to: EntityIndex) -> [BrowserEffect] {
    generation += 1
    path = PathSession(from: from, to: to, generation: generation)
    focus = .list
    return [.findPath(from: from, to: to, generation: generation)]
  }

  /// Shows the path and walks it into history, so the breadcrumb reads as
  /// the path and back steps along it; stale or cancelled answers are dropped.
  mutating func receivePath(_ steps: [PathStep]?, generation: Int) {
    guard var session = path, session.generation == generation, session.status == .pending
    else { return }
    let valid = steps?.allSatisfy { $0.to.position < graph.entityCount } ?? false
    guard let steps, valid else {
      session.status = .notFound
      path = session
      return
    }
    session.status = .found(steps)
    if currentEntity != session.from { history.push(session.from) }
    for step in steps where step.to != currentEntity { history.push(step.to) }
    session.historyStart = history.position - steps.count
    session.position.move(to: steps.count, count: session.rowCount, height: layout.bodyHeight)
    path = session
    if let entity = currentEntity { revealInList(entity) }
  }

  /// Opens a step: moves within history when the path is still there, so
  /// the rest of the path stays ahead as forward history.
  mutating func openPathRow(_ row: Int) {
    guard let session = path, row < session.rowCount else { return }
    if let pathGraph = session.graph { return openEndpointPathRow(row, of: session, in: pathGraph) }
    let entity = session.entity(atRow: row)
    if let start = session.historyStart, history.entries.indices.contains(start + row),
      history.entries[start + row].entity == entity
    {
      history.jump(to: start + row)
      revealInList(entity)
      focus = .detail
    } else {
      open(entity)
    }
  }
}
