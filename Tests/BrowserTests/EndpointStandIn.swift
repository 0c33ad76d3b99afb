@testable import Browser
import GraphSearch
import KnowledgeGraph

/// Plays the runner of an endpoint session: answers the page, search and
/// path effects from a graph whose ids are IRIs, each page being the whole
/// graph, so an endpoint session can be compared screen for screen with a
/// file session over the same graph. Answers come when `deliver` is called,
/// so tests can hold them back, reorder them or drop them.
struct EndpointStandIn {
  let graph: Graph
  let index: SearchIndex
  /// Whether each page is a graph of its own (the entity and its
  /// neighbours), as an endpoint's are, rather than the whole graph.
  var pagesAreFragments = false
  /// Whether search answers come from the endpoint's label index.
  var searchesFromLabelIndex = false
  private(set) var waiting: [InputEvent] = []
  private(set) var requests: [BrowserEffect] = []

  init(graph: Graph = Fixture.iriGraph) {
    self.graph = graph
    index = SearchIndex(graph: graph)
  }

  /// An endpoint session at `size`, on the search prompt.
  static func state(size: ScreenSize) -> BrowserState {
    BrowserState(endpointName: "sparql.example.org", size: size)
  }

  /// Records effects and queues their answers.
  mutating func take(_ effects: [BrowserEffect]) {
    for effect in effects {
      requests.append(effect)
      if let answer = answer(to: effect) { waiting.append(answer) }
    }
  }

  /// Hands every queued answer to the browser, answering what they ask in turn.
  mutating func deliver(to state: inout BrowserState) {
    while !waiting.isEmpty {
      let event = waiting.removeFirst()
      take(state.handle(event))
    }
  }

  /// Sends keys, answering every request at once, as a fast endpoint would.
  mutating func send(_ keys: [Key], to state: inout BrowserState) {
    for key in keys {
      take(state.handle(.key(key)))
      deliver(to: &state)
    }
  }

  mutating func dropWaiting() { waiting = [] }

  /// The queued answers, for a caller that delivers them itself.
  mutating func takeWaiting() -> [InputEvent] {
    defer { waiting = [] }
    return waiting
  }

  func page(_ id: String, generation: Int) -> InputEvent {
    .page(generation: generation, page: page(graph.entityIndex(forID: Fixture.iriPrefix + id)!))
  }

  func page(_ entity: EntityIndex) -> PageGraph {
    guard pagesAreFragments else { return PageGraph(graph: graph, entity: entity) }
    let fragment = PageFragment.make(around: entity, in: graph)
    return PageGraph(graph: fragment.graph, entity: fragment.entity)
  }

  private func answer(to effect: BrowserEffect) -> InputEvent? {
    switch effect {
    case .loadPage(let iri, let generation, _):
      guard let entity = graph.entityIndex(forID: iri) else {
        return .pageFailed(generation: generation, message: "no such page")
      }
      return .page(generation: generation, page: page(entity))
    case .loadMore(let iri, _, _, let generation):
      return .page(generation: generation, page: page(graph.entityIndex(forID: iri)!))
    case .search(let query, let generation):
      return .endpointSearchResults(
        generation: generation, results: index.search(query, limit: 100),
        graph: PageGraph(graph: graph, entity: nil, isFromLabelIndex: searchesFromLabelIndex))
    case .findEndpointPath(let from, let to, let generation):
      let steps = PathFinder(graph: graph).shortestPath(
        from: graph.entityIndex(forID: from)!, to: graph.entityIndex(forID: to)!)
      return .endpointPath(
        generation: generation, steps: steps, graph: PageGraph(graph: graph, entity: nil),
        message: steps == nil ? "none within 6 hops after 3 queries" : nil)
    default:
      return nil
    }
  }
}
