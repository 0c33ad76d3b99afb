import GraphSearch
import KnowledgeGraph

extension BrowserState {
  /// Opens the query line over the list, leaving the list itself untouched
  /// so that Esc returns to it exactly as it was.
  mutating func startSearch(_ purpose: SearchPurpose) {
    search = SearchPrompt(purpose: purpose, previousFocus: focus)
    focus = .list
  }

  mutating func handleSearchKey(_ key: Key) -> [BrowserEffect] {
    guard var session = search else { return [] }
    switch key {
    case .escape:
      focus = session.previousFocus
      search = nil
    case .enter:
      return chooseSearchRow()
    case .backspace, .control("h"):
      return changeQuery(String(session.query.dropLast()))
    case .control("u"):
      return changeQuery("")
    case .control("w"):
      return changeQuery(Self.droppingLastWord(session.query))
    case .up where session.position.cursor == 0:
      return recallQuery(after: session.recall)
    case .character(let character):
      guard session.query.count < SearchPrompt.maximumQueryLength else { return [] }
      return changeQuery(session.query + String(character))
    default:
      guard let motion = Motion(key: key, lettersAllowed: false) else { return [] }
      let height = searchRowsHeight
      let target = motion.target(
        from: session.position.cursor, count: session.rowCount, page: height)
      session.position.move(to: target, count: session.rowCount, height: height)
      search = session
    }
    return []
  }

  /// Starts a search for the new query; earlier answers become stale.
  private mutating func changeQuery(_ query: String) -> [BrowserEffect] {
    guard var session = search, query != session.query else { return [] }
    generation += 1
    session.query = query
    session.recall = nil
    session.generation = generation
    session.suggestions = []
    session.isPending = !session.isBlank
    if session.isBlank {
      session.results = []
      session.position = ScrollPosition()
    }
    search = session
    return session.isBlank ? [] : [.search(query: query, generation: generation)]
  }

  /// `↑` on the first row recalls the query before the one shown, as a shell does.
  private mutating func recallQuery(after recall: Int?) -> [BrowserEffect] {
    let next = (recall ?? -1) + 1
    let searches = memory.searches
    guard next < searches.count else { return [] }
    let effects = changeQuery(searches[searches.count - 1 - next])
    search?.recall = next
    return effects
  }

  /// Shows results of the latest query; answers to older queries are dropped.
  /// An endpoint's results come with the graph that names them.
  mutating func receiveSearchResults(
    _ results: [SearchResult], generation: Int, in resultGraph: PageGraph? = nil
  ) {
    guard var session = search, session.generation == generation, session.isPending else { return }
    let names = resultGraph?.graph ?? graph
    session.graph = resultGraph
    if resultGraph?.isPartial == true { message = "the endpoint sent partial results" }
    session.results = results.filter { $0.entity.position < names.entityCount }
    session.isPending = false
    session.position = ScrollPosition()
    if session.results.isEmpty, resultGraph == nil, let searchIndex {
      session.suggestions = searchIndex.suggestions(for: session.query, limit: 3).filter {
        $0.position < graph.entityCount
      }
    }
    search = session
  }

  /// Enter: opens the result under the cursor, or asks for a path to it.
  private mutating func chooseSearchRow() -> [BrowserEffect] {
    guard let session = search else { return [] }
    guard session.rowCount > 0 else {
      if session.isBlank {
        focus = session.previousFocus
        search = nil
      }
      return []
    }
    let entity = session.entity(atRow: session.position.cursor)
    search = nil
    if !session.isBlank {
      memory.searches = SessionMemory.noting(session.query, in: memory.searches)
    }
    if let resultGraph = session.graph {
      switch session.purpose {
      case .open:
        openRemote(entity, in: resultGraph.graph)
        return []
      case .pathTarget(let from):
        return requestEndpointPath(from: from, to: entity, in: resultGraph.graph)
      }
    }
    switch session.purpose {
    case .open:
      open(entity)
      return []
    case .pathTarget(let from):
      return requestPath(from: from, to: entity)
    }
  }

  static func droppingLastWord(_ query: String) -> String {
    var text = Substring(query)
    while text.last?.isWhitespace == true { text = text.dropLast() }
    while let last = text.last, !last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
