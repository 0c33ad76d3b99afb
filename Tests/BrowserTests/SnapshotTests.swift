@testable import Browser
import GraphSearch
import KnowledgeGraph
import Testing

@Suite struct SnapshotTests {
  @Test(arguments: Screens.sizes)
  func startScreen(size: ScreenSize) {
    let state = Screens.state(size: size)
    Snapshot.assert(Screens.render(state), named: Screens.name("start", size), styles: true)
  }

  @Test(arguments: Screens.sizes)
  func entityWithManyRelations(size: ScreenSize) {
    let state = Screens.state(start: "alibaba", size: size)
    Snapshot.assert(Screens.render(state), named: Screens.name("many-relations", size))
  }

  @Test(arguments: Screens.sizes)
  func chineseAliases(size: ScreenSize) {
    let state = Screens.state(start: "ustc", size: size)
    Snapshot.assert(Screens.render(state), named: Screens.name("chinese", size))
  }

  @Test(arguments: Screens.sizes)
  func relationWithProvenance(size: ScreenSize) {
    let state = Screens.state(start: "alibaba", size: size, keys: [.down])
    Snapshot.assert(Screens.render(state), named: Screens.name("provenance", size), styles: true)
  }

  @Test(arguments: Screens.sizes)
  func helpOverlay(size: ScreenSize) {
    let state = Screens.state(size: size, keys: [.character("?")])
    Snapshot.assert(Screens.render(state), named: Screens.name("help", size))
  }

  @Test(arguments: [
    ScreenSize(columns: 19, rows: 24), ScreenSize(columns: 80, rows: 5),
    ScreenSize(columns: 12, rows: 4), ScreenSize(columns: 1, rows: 1),
  ])
  func tooSmall(size: ScreenSize) {
    let state = Screens.state(start: "alibaba", size: size)
    Snapshot.assert(Screens.render(state), named: Screens.name("too-small", size))
  }

  @Test(arguments: Screens.sizes)
  func searchResults(size: ScreenSize) {
    var state = Screens.state(size: size)
    let effects = Screens.send([.character("/")] + Screens.type("ali"), to: &state)
    guard case .search(_, let generation) = effects.last else {
      Issue.record("no search effect")
      return
    }
    _ = state.handle(.searchResults(generation: generation, results: Screens.aliResults))
    Snapshot.assert(Screens.render(state), named: Screens.name("search", size), styles: true)
  }

  @Test func pathView() throws {
    var state = Screens.state(start: "smic", size: ScreenSize(columns: 80, rows: 24))
    Screens.send([.character("p")] + Screens.type("ali"), to: &state)
    let target = SearchResult(
      entity: Fixture.entity("alimama"), score: 1, field: .name, matchedText: "Alimama",
      positions: [0, 1, 2])
    _ = state.handle(.searchResults(generation: 3, results: [target]))
    _ = state.handle(.key(.enter))
    let steps = try #require(
      PathFinder(graph: Fixture.graph).shortestPath(
        from: Fixture.entity("smic"), to: Fixture.entity("alimama")))
    _ = state.handle(.pathResult(generation: 4, steps: steps))
    Snapshot.assert(Screens.render(state), named: "path-80x24", styles: true)
  }

  @Test func labelChooser() {
    let state = Screens.state(
      start: "alibaba", size: ScreenSize(columns: 80, rows: 24),
      keys: [.character("t"), .down, .character(" ")])
    Snapshot.assert(Screens.render(state), named: "labels-80x24", styles: true)
  }

  @Test func emptyDataset() {
    let graph = GraphBuilder().build(
      metadata: DatasetMetadata(title: "Empty", description: nil, sources: [])
    ).graph
    let state = BrowserState(graph: graph, start: nil, size: ScreenSize(columns: 80, rows: 24))
    Snapshot.assert(Screens.render(state), named: "empty-80x24")
  }
}
