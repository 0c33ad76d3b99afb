@testable import Browser
import GraphSearch
import KnowledgeGraph
import Testing

@Suite struct PathModeTests {
  let size = ScreenSize(columns: 80, rows: 24)

  /// From SMIC, `p`, type "ali", choose Alimama: returns the state and the path request.
  func askForPath() -> (BrowserState, BrowserEffect?) {
    var state = Screens.state(start: "smic", size: size)
    Screens.send([.character("p")] + Screens.type("ali"), to: &state)
    let target = SearchResult(
      entity: Fixture.entity("alimama"), score: 1, field: .name, matchedText: "Alimama",
      positions: [0, 1, 2])
    _ = state.handle(.searchResults(generation: 3, results: [target]))
    let effects = state.handle(.key(.enter))
    return (state, effects.first)
  }

  @Test func pAsksForATargetWithTheSearchLine() {
    var state = Screens.state(start: "smic", size: size)
    let effects = Screens.send([.character("p"), .character("a")], to: &state)
    #expect(effects == [.search(query: "a", generation: 1)])
    #expect(Screens.render(state).text(ofRow: 1).hasPrefix(" path to a "))
    _ = state.handle(.resize(ScreenSize(columns: 120, rows: 40)))
    #expect(Screens.render(state).text(ofRow: 1).hasPrefix(" path from SMIC to a "))
  }

  @Test func choosingATargetRequestsThePath() {
    let (state, effect) = askForPath()
    #expect(
      effect
        == .findPath(from: Fixture.entity("smic"), to: Fixture.entity("alimama"), generation: 4))
    #expect(Screens.render(state).text.contains(" Finding a path from SMIC to  "))
    #expect(Screens.render(state).text.contains(" Alimama…  "))
  }

  @Test func thePathShowsAsStepsAndGoesIntoHistory() throws {
    var (state, _) = askForPath()
    let steps = try #require(
      PathFinder(graph: Fixture.graph).shortestPath(
        from: Fixture.entity("smic"), to: Fixture.entity("alimama")))
    _ = state.handle(.pathResult(generation: 3, steps: nil))
    #expect(Screens.render(state).text.contains("Finding a path"), "a stale answer is ignored")
    _ = state.handle(.pathResult(generation: 4, steps: steps))
    let screen = Screens.render(state)
    #expect(screen.text(ofRow: 1).contains("Path"))
    #expect(screen.text(ofRow: 1).contains("\(steps.count) hops"))
    #expect(screen.text(ofRow: 2).hasPrefix(" SMIC "))
    #expect(screen.text(ofRow: 3).hasPrefix("   located in → Shanghai "))
    #expect(state.currentEntity == Fixture.entity("alimama"))
    #expect(screen.text(ofRow: 0).hasSuffix("Alibaba Group › Alimama "))
    #expect(state.history.entries.count == steps.count + 1)
  }

  @Test func eachStepOpensAndKeepsThePathAhead() throws {
    var (state, _) = askForPath()
    let steps = try #require(
      PathFinder(graph: Fixture.graph).shortestPath(
        from: Fixture.entity("smic"), to: Fixture.entity("alimama")))
    _ = state.handle(.pathResult(generation: 4, steps: steps))
    Screens.send([.character("g"), .down, .enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("shanghai"))
    #expect(state.focus == .detail)
    Screens.send([.character("]")], to: &state)
    #expect(state.currentEntity == steps[1].to)
    Screens.send([.tab, .escape], to: &state)
    #expect(state.path == nil)
    #expect(Screens.render(state).text(ofRow: 1).contains("Entities"))
  }

  @Test func noPathSaysSo() {
    var (state, _) = askForPath()
    _ = state.handle(.pathResult(generation: 4, steps: nil))
    #expect(Screens.render(state).text.contains(" No path from SMIC to  "))
    #expect(Screens.render(state).text.contains(" Alimama.  "))
    #expect(state.currentEntity == Fixture.entity("smic"))
  }

  @Test func escapeCancelsAPendingPath() {
    var (state, effect) = askForPath()
    #expect(effect != nil)
    Screens.send([.escape], to: &state)
    _ = state.handle(.pathResult(generation: 4, steps: []))
    #expect(state.path == nil)
    #expect(state.history.entries.count == 1)
  }
}
