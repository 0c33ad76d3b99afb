@testable import Browser
import KnowledgeGraph
import Testing

@Suite struct HomeScreenTests {
  @Test(arguments: Screens.sizes)
  func firstRun(size: ScreenSize) {
    let state = HomeScreens.state(size: size)
    Snapshot.assert(
      Screens.render(state), named: Screens.name("home-first-run", size), styles: true)
  }

  @Test(arguments: [ScreenSize(columns: 80, rows: 24), ScreenSize(columns: 120, rows: 40)])
  func returningUser(size: ScreenSize) {
    let state = HomeScreens.state(size: size, memory: HomeScreens.returning)
    Snapshot.assert(Screens.render(state), named: Screens.name("home-returning", size))
  }

  @Test func showsTheDatasetAndItsCounts() {
    let screen = HomeScreens.screen(HomeScreens.state())
    #expect(screen.contains("China tech fixture"))
    #expect(screen.contains("26 entities · 29 relations · 8 types"))
    #expect(screen.contains("Sources: Alibaba to split into six units; background"))
  }

  @Test func continueOpensWhereTheLastSessionEnded() {
    var state = HomeScreens.state(memory: HomeScreens.returning)
    #expect(HomeScreens.screen(state).contains("Continue where you left off"))
    Screens.send([.enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("damo"))
  }

  @Test func theRestoredStackIsBehindHome() {
    var state = HomeScreens.state(memory: HomeScreens.returning)
    #expect(state.isHome)
    Screens.send([.left], to: &state)
    #expect(state.currentEntity == Fixture.entity("damo"))
    Screens.send([.character("[")], to: &state)
    #expect(state.currentEntity == Fixture.entity("alibaba"))
    Screens.send([.character("]"), .character("]")], to: &state)
    #expect(state.isHome)
  }

  @Test func enterOnATypeListsItsEntitiesByName() {
    let home = HomeLayout(HomeScreens.state())
    let cityItem = home.items.firstIndex(of: .type("City"))!
    var state = HomeScreens.state(keys: Array(repeating: .down, count: cityItem) + [.enter])
    let names = state.search?.results.map { Fixture.graph.name(of: $0.entity) }
    #expect(names == ["Beijing", "Hangzhou", "Hefei", "Shanghai"])
    #expect(state.search?.query == "type:City")
    Screens.send([.enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("beijing"))
  }

  @Test func aMissingBookmarkSaysSoInsteadOfOpening() {
    let home = HomeLayout(HomeScreens.state(memory: HomeScreens.returning))
    let missing = home.items.firstIndex(
      of: .bookmark(Bookmark(id: "vanished", name: "Vanished Lab")))!
    let state = HomeScreens.state(
      memory: HomeScreens.returning, keys: Array(repeating: .down, count: missing) + [.enter])
    #expect(state.isHome)
    #expect(state.message == "Vanished Lab (vanished) is missing from this dataset")
    #expect(HomeScreens.screen(state).contains("Vanished Lab"))
  }

  @Test func capitalHReturnsHomeFromAnywhereAndBackReturns() {
    var state = HomeScreens.state(start: "alibaba", keys: [.down, .enter])
    let before = state.currentEntity
    Screens.send([.character("H")], to: &state)
    #expect(state.isHome)
    #expect(Screens.render(state).text(ofRow: 0).contains("Home"))
    Screens.send([.left], to: &state)
    #expect(state.currentEntity == before)
  }

  @Test func theMouseSelectsAndOpensHomeItems() {
    var state = HomeScreens.state(
      size: ScreenSize(columns: 120, rows: 40), memory: HomeScreens.returning)
    let text = HomeScreens.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
    let row = text.firstIndex { $0.contains("Most connected") }! + 1
    _ = state.handle(.mouse(MouseEvent(action: .press, column: 5, row: row)))
    #expect(state.isHome)
    _ = state.handle(.mouse(MouseEvent(action: .press, column: 5, row: row)))
    #expect(state.currentEntity == Fixture.entity("alibaba"))
  }

  @Test func aLargeGraphShowsAPlaceholderUntilTheStatisticsArrive() {
    let graph = GeneratedGraph.make(entities: HomeStatistics.backgroundThreshold, seed: 7)
    var state = BrowserState(
      graph: graph, start: nil, size: ScreenSize(columns: 80, rows: 24), startsAtHome: true)
    #expect(state.homeStatistics == nil)
    #expect(Screens.render(state).text.contains("Counting…"))
    _ = state.handle(.homeStatistics(HomeStatistics(graph: graph)))
    #expect(!Screens.render(state).text.contains("Counting…"))
    #expect(Screens.render(state).text.contains("Most connected"))
  }

  @Test func sessionMemoryHandsBackTheStackAndTheLists() {
    var state = HomeScreens.state(memory: HomeScreens.returning)
    HomeScreens.searchAli(&state)
    Screens.send([.enter], to: &state)
    let memory = state.sessionMemory
    #expect(memory.visits == ["", "alibaba", "damo", "", "alibaba"])
    #expect(memory.position == 4)
    #expect(memory.searches == ["damo", "ali"])
    #expect(memory.recent == ["damo", "alibaba"])
  }
}
