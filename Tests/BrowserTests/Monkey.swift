@testable import Browser
import GraphFixtures
import GraphSearch
import KnowledgeGraph

/// Drives a browser with random events and checks its invariants after each.
///
/// Slow work comes back the way the runner would return it: search and path
/// answers arrive later, out of order, sometimes stale, with hostile text
/// and out-of-range match positions.
struct Monkey {
  let graph: Graph
  var generator: SplitMix64
  var state: BrowserState
  private var pendingSearches: [(query: String, generation: Int)] = []
  private var pendingPaths: [(from: EntityIndex, generation: Int)] = []
  /// Hostile texts for search answers, made once: generating them per answer costs more than the check.
  private let texts: [String]

  init(graph: Graph, seed: UInt64, searchIndex: SearchIndex?) {
    self.graph = graph
    generator = SplitMix64(seed: seed)
    var textGenerator = SplitMix64(seed: seed ^ 0xA5A5)
    texts = (0..<256).map {
      RandomText.string(length: $0 % 121, using: &textGenerator)
    }
    state = BrowserState(
      graph: graph, start: nil, size: ScreenSize(columns: 80, rows: 24), searchIndex: searchIndex,
      memory: SessionMemory(bookmarks: [Bookmark(id: "gone", name: "Gone\u{1B}[2J")]),
      startsAtHome: true)
  }

  /// Applies one random event and returns it.
  mutating func step() -> InputEvent {
    let event = nextEvent()
    for effect in state.handle(event) {
      switch effect {
      case .search(let query, let generation): pendingSearches.append((query, generation))
      case .findPath(let from, _, let generation): pendingPaths.append((from, generation))
      case .completeFilePath(let typed, let generation):
        _ = state.handle(
          .fileCompletions(generation: generation, paths: [typed + "x", typed + "y/"]))
      case .quit, .redrawAll, .addBookmark, .removeBookmark, .copyToClipboard, .export,
        .setLanguages, .loadPage, .loadMore, .cancelPage, .findEndpointPath:
        break
      }
    }
    return event
  }

  private mutating func nextEvent() -> InputEvent {
    switch Int.random(in: 0..<100, using: &generator) {
    case 0..<3: return .resize(randomSize())
    case 3..<15: return .mouse(randomMouse())
    case 15..<25 where !pendingSearches.isEmpty: return searchAnswer()
    case 25..<28 where !pendingPaths.isEmpty: return pathAnswer()
    default: return .key(randomKey())
    }
  }

  private mutating func randomSize() -> ScreenSize {
    if Int.random(in: 0..<20, using: &generator) < 19 {
      return ScreenSize(
        columns: Int.random(in: 1...90, using: &generator),
        rows: Int.random(in: 1...30, using: &generator))
    }
    return ScreenSize(
      columns: Int.random(in: 1...300, using: &generator),
      rows: Int.random(in: 1...100, using: &generator))
  }

  private mutating func randomMouse() -> MouseEvent {
    let actions: [MouseEvent.Action] = [.press, .press, .doubleClick, .wheelUp, .wheelDown]
    return MouseEvent(
      action: actions.randomElement(using: &generator)!,
      column: Int.random(in: -2...state.size.columns + 2, using: &generator),
      row: Int.random(in: -2...state.size.rows + 2, using: &generator))
  }

  private static let namedKeys: [Key] = [
    .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab,
    .backspace, .delete, .escape, .function(1), .function(5),
  ]
  private static let commandLetters = Array("jkhlgGq/?pt[] anxHm'b:yYd\"")
  private static let controlLetters = Array("dulcnpwhbfg")

  private mutating func randomKey() -> Key {
    switch Int.random(in: 0..<10, using: &generator) {
    case 0..<4: return Self.namedKeys.randomElement(using: &generator)!
    case 4..<7: return .character(Self.commandLetters.randomElement(using: &generator)!)
    case 7: return .control(Self.controlLetters.randomElement(using: &generator)!)
    default: return .character(RandomText.character(using: &generator))
    }
  }

  private mutating func searchAnswer() -> InputEvent {
    let index = Int.random(in: 0..<pendingSearches.count, using: &generator)
    let request = pendingSearches.remove(at: index)
    let generation =
      Int.random(in: 0..<20, using: &generator) == 0
      ? Int.random(in: -5...500, using: &generator) : request.generation
    let count =
      Int.random(in: 0..<4, using: &generator) == 0 ? 0 : Int.random(in: 1...15, using: &generator)
    return .searchResults(generation: generation, results: (0..<count).map { _ in randomResult() })
  }

  private mutating func randomResult() -> SearchResult {
    let entity = EntityIndex(Int.random(in: 0..<graph.entityCount, using: &generator))
    let fields: [MatchedField] = [.name, .alias(0), .alias(7), .id, .type, .description]
    let text =
      Int.random(in: 0..<2, using: &generator) == 0
      ? graph.name(of: entity) : texts.randomElement(using: &generator)!
    let positions = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
      Int.random(in: -3...130, using: &generator)
    }
    return SearchResult(
      entity: entity, score: 1, field: fields.randomElement(using: &generator)!, matchedText: text,
      positions: positions)
  }

  private mutating func pathAnswer() -> InputEvent {
    let index = Int.random(in: 0..<pendingPaths.count, using: &generator)
    let request = pendingPaths.remove(at: index)
    guard Int.random(in: 0..<4, using: &generator) > 0 else {
      return .pathResult(generation: request.generation, steps: nil)
    }
    var steps: [PathStep] = []
    var entity = request.from
    for _ in 0..<Int.random(in: 0...6, using: &generator) {
      let direction: EdgeDirection = Bool.random(using: &generator) ? .outgoing : .incoming
      let edges = graph.edges(of: entity, direction: direction)
      guard !edges.isEmpty else { break }
      let edge = edges[Int.random(in: 0..<edges.count, using: &generator)]
      steps.append(PathStep(from: entity, edge: edge))
      entity = edge.other
    }
    return .pathResult(generation: request.generation, steps: steps)
  }
}
