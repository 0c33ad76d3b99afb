@testable import Browser
import KnowledgeGraph
import Testing

@Suite struct BookmarkTests {
  @Test func mTogglesABookmarkAndAsksTheRunnerToStoreIt() {
    var state = HomeScreens.state(start: "alibaba")
    let added = Screens.send([.character("m")], to: &state)
    #expect(added == [.addBookmark(Bookmark(id: "alibaba", name: "Alibaba Group"))])
    #expect(state.message == "bookmarked Alibaba Group; ' lists bookmarks")
    #expect(state.bookmarked == [Fixture.entity("alibaba")])
    let removed = Screens.send([.character("m")], to: &state)
    #expect(removed == [.removeBookmark(id: "alibaba")])
    #expect(state.bookmarked.isEmpty)
  }

  @Test func theMarkShowsInTheListTheDetailsAndSearch() {
    var state = Screens.state(size: ScreenSize(columns: 80, rows: 24))
    state = BrowserState(
      graph: Fixture.graph, start: Fixture.entity("alibaba"), size: state.size,
      searchIndex: Screens.fixtureIndex,
      memory: SessionMemory(bookmarks: [Bookmark(id: "alibaba", name: "Alibaba Group")]))
    Snapshot.assert(Screens.render(state), named: "bookmarked-80x24", styles: true)
    HomeScreens.searchAli(&state)
    #expect(Screens.render(state).text(ofRow: 2).hasPrefix(" * Alibaba Group"))
  }

  @Test func theRunnersAnswerReplacesTheBookmarks() {
    var state = HomeScreens.state(start: "alibaba")
    _ = state.handle(.bookmarks([Bookmark(id: "pku", name: "北京大学")]))
    #expect(state.bookmarked == [Fixture.entity("pku")])
  }

  @Test func theListFiltersOpensAndDeletes() {
    var state = HomeScreens.state(memory: HomeScreens.returning, keys: [.character("'")])
    Snapshot.assert(Screens.render(state), named: "bookmark-list-80x24")
    Screens.send([.character("/")] + Screens.type("van") + [.enter], to: &state)
    guard case .bookmarks(let chooser) = state.overlay else {
      Issue.record("the list closed")
      return
    }
    #expect(chooser.matches(state.memory.bookmarks).map(\.id) == ["vanished"])
    let deleted = Screens.send([.character("d")], to: &state)
    #expect(deleted == [.removeBookmark(id: "vanished")])
    #expect(state.memory.bookmarks.map(\.id) == ["pku"])
    Screens.send([.escape, .character("b"), .enter], to: &state)
    #expect(state.overlay == nil)
    #expect(state.currentEntity == Fixture.entity("pku"))
  }

  @Test func nothingToBookmarkOnHomeGivesAMessage() {
    let state = HomeScreens.state(keys: [.character("m")])
    #expect(state.message == "open an entity to bookmark it")
  }

  @Test func yAndCapitalYCopyTheIdAndTheCard() {
    var state = HomeScreens.state(start: "ustc")
    #expect(Screens.send([.character("y")], to: &state) == [.copyToClipboard("ustc")])
    #expect(state.message == "copied ustc")
    let card = Screens.send([.character("Y")], to: &state)
    guard case .copyToClipboard(let text) = card.first else {
      Issue.record("no copy")
      return
    }
    #expect(text.hasPrefix("University of Science and Technology of China (University, ustc)\n"))
    #expect(text.contains("located in (1)\n  Hefei (hefei)"))
    #expect(HomeScreens.state(keys: [.character("y")]).message == "open an entity to copy it")
  }
}
