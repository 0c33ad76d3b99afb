@testable import Browser
import KnowledgeGraph

/// Browser states that start on the home screen, with remembered sessions.
enum HomeScreens {
  /// A memory as a previous session on the fixture might leave it.
  static let returning = SessionMemory(
    bookmarks: [
      Bookmark(id: "pku", name: "北京大学"), Bookmark(id: "vanished", name: "Vanished Lab"),
    ],
    visits: ["", "alibaba", "damo"], position: 2, recent: ["alibaba", "damo"],
    searches: ["ali", "damo"], commands: ["open pku"])

  static func state(
    size: ScreenSize = ScreenSize(columns: 80, rows: 24), memory: SessionMemory = SessionMemory(),
    start: String? = nil, keys: [Key] = []
  ) -> BrowserState {
    var state = BrowserState(
      graph: Fixture.graph, start: start.map { Fixture.entity($0) }, size: size,
      searchIndex: Screens.fixtureIndex, memory: memory, startsAtHome: true)
    Screens.send(keys, to: &state)
    return state
  }

  /// Types `/ali` and answers with the real index's results for it.
  static func searchAli(_ state: inout BrowserState) {
    let effects = Screens.send([.character("/")] + Screens.type("ali"), to: &state)
    guard case .search(_, let generation) = effects.last else { return }
    _ = state.handle(.searchResults(generation: generation, results: Screens.aliResults))
  }

  /// The rendered screen as text.
  static func screen(_ state: BrowserState) -> String {
    Screens.render(state).text
  }
}
