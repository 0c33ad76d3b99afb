@testable import Browser
import GraphSearch
import KnowledgeGraph
import Testing

@Suite struct SearchFlowTests {
  let size = ScreenSize(columns: 80, rows: 24)

  func screen(_ state: BrowserState) -> String { Screens.render(state).text }

  func listRows(_ state: BrowserState) -> [String] {
    let buffer = Screens.render(state)
    return (2..<buffer.size.rows - 1).map {
      String(buffer.text(ofRow: $0).prefix(30)).trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }

  func result(_ id: String, _ text: String, positions: [Int] = []) -> SearchResult {
    SearchResult(
      entity: Fixture.entity(id), score: 1, field: .name, matchedText: text, positions: positions)
  }

  @Test func everyKeystrokeStartsANewerSearch() {
    var state = Screens.state(size: size)
    let effects = Screens.send([.character("/")] + Screens.type("da"), to: &state)
    #expect(effects == [.search(query: "d", generation: 1), .search(query: "da", generation: 2)])
    #expect(Screens.render(state).text(ofRow: 1).hasPrefix(" / da "))
    #expect(Screens.send([.backspace], to: &state) == [.search(query: "d", generation: 3)])
    #expect(Screens.send([.control("u")], to: &state) == [], "an empty query searches nothing")
  }

  @Test func staleResultsNeverReplaceNewerOnes() {
    var state = Screens.state(size: size)
    Screens.send([.character("/")] + Screens.type("dam"), to: &state)
    _ = state.handle(.searchResults(generation: 3, results: [result("damo", "DAMO Academy")]))
    _ = state.handle(.searchResults(generation: 2, results: [result("baidu", "Baidu")]))
    #expect(listRows(state).first?.hasPrefix("DAMO Academy") == true)
    #expect(!screen(state).contains("Baidu "))
    Screens.send(Screens.type("x"), to: &state)
    _ = state.handle(.searchResults(generation: 3, results: [result("baidu", "Baidu")]))
    #expect(
      listRows(state).first?.hasPrefix("DAMO Academy") == true, "old rows stay until the answer")
    #expect(Screens.render(state).text(ofRow: 1).contains("searching…"))
  }

  @Test func enterOpensTheResultAndKeepsItInHistory() {
    var state = Screens.state(start: "alibaba", size: size)
    Screens.send([.character("/")] + Screens.type("ha"), to: &state)
    _ = state.handle(
      .searchResults(
        generation: 2, results: [result("shanghai", "Shanghai"), result("hangzhou", "Hangzhou")]))
    Screens.send([.control("n")], to: &state)
    #expect(
      screen(state).contains("Company · alibaba") == false, "the detail pane previews the result")
    Screens.send([.enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("hangzhou"))
    #expect(state.search == nil)
    #expect(Screens.render(state).text(ofRow: 0).hasSuffix("Alibaba Group › Hangzhou "))
    Screens.send([.left], to: &state)
    #expect(state.currentEntity == Fixture.entity("alibaba"))
    Screens.send([.character("]")], to: &state)
    #expect(state.currentEntity == Fixture.entity("hangzhou"))
  }

  @Test func escapeRestoresTheListAsItWas() {
    var state = Screens.state(size: size)
    Screens.send(Array(repeating: .down, count: 30), to: &state)
    let before = Screens.render(state)
    Screens.send([.character("/")] + Screens.type("ta"), to: &state)
    _ = state.handle(.searchResults(generation: 2, results: [result("taobao", "Taobao")]))
    Screens.send([.down, .pageDown], to: &state)
    Screens.send([.escape], to: &state)
    #expect(Screens.render(state) == before)
  }

  @Test func lettersTypeIntoTheQueryInsteadOfActing() {
    var state = Screens.state(size: size)
    let effects = Screens.send([.character("/")] + Screens.type("qjk?"), to: &state)
    #expect(effects.last == .search(query: "qjk?", generation: 4))
    #expect(state.search != nil)
    Screens.send([.control("w")], to: &state)
    #expect(state.search?.query == "")
  }

  @Test func matchedCharactersAreMarkedWithoutColour() {
    var state = Screens.state(size: ScreenSize(columns: 120, rows: 40))
    Screens.send([.character("/")] + Screens.type("ali"), to: &state)
    _ = state.handle(.searchResults(generation: 3, results: Screens.aliResults))
    let buffer = Screens.render(state)
    func marked(row: Int) -> String {
      (0..<45).filter { buffer[$0, row].style.underline && buffer[$0, row].style.bold }
        .map { buffer[$0, row].text }.joined()
    }
    #expect(buffer.text(ofRow: 2).hasPrefix(" Alibaba Group "))
    #expect(marked(row: 2) == "Ali", "visible on the reversed cursor row too")
    #expect(buffer.text(ofRow: 3).hasPrefix(" Alibaba Cloud  aka Aliyun "))
    #expect(marked(row: 3) == "Ali")
  }

  @Test func noMatchSaysSoAndOffersSuggestions() {
    var state = Screens.state(size: size)
    Screens.send([.character("/")] + Screens.type("zq"), to: &state)
    _ = state.handle(.searchResults(generation: 2, results: []))
    #expect(screen(state).contains("no match for \"zq\""))
    var session = SearchPrompt(purpose: .open, previousFocus: .list)
    session.query = "alibabba"
    session.suggestions = [Fixture.entity("alibaba")]
    let message = SearchListView.message(for: session, in: Fixture.graph)
    #expect(
      message?.spans.map(\.text).joined()
        == "no match for \"alibabba\"; did you mean Alibaba Group?")
    session.suggestions = [
      Fixture.entity("alibaba"), Fixture.entity("alimama"), Fixture.entity("ant"),
    ]
    #expect(
      SearchListView.message(for: session, in: Fixture.graph)?.spans.map(\.text).joined()
        == "no match for \"alibabba\"; did you mean Alibaba Group, Alimama or Ant Group?")
  }

  @Test func theSearchIndexSuggestsTheClosestName() {
    var state = Screens.state(size: ScreenSize(columns: 120, rows: 40))
    Screens.send([.character("/")] + Screens.type("alibabba"), to: &state)
    _ = state.handle(.searchResults(generation: 8, results: []))
    #expect(screen(state).contains(" no match for \"alibabba\"; did you mean  "))
    #expect(screen(state).contains(" Alibaba Group?  "))
  }

  @Test func suggestionsCanBeOpened() {
    var state = Screens.state(size: size)
    Screens.send([.character("/")] + Screens.type("zq"), to: &state)
    _ = state.handle(.searchResults(generation: 2, results: []))
    state.search?.suggestions = [Fixture.entity("tmall")]
    Screens.send([.enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("tmall"))
  }

  @Test func resizingWhileSearchingKeepsTheQuery() {
    var state = Screens.state(size: size)
    Screens.send([.character("/")] + Screens.type("ali"), to: &state)
    _ = state.handle(.searchResults(generation: 3, results: Screens.aliResults))
    Screens.send([.down], to: &state)
    _ = state.handle(.resize(ScreenSize(columns: 30, rows: 8)))
    _ = state.handle(.resize(size))
    #expect(Screens.render(state).text(ofRow: 1).hasPrefix(" / ali "))
    #expect(state.search?.position.cursor == 1)
  }
}
