@testable import Browser
import KnowledgeGraph
import Testing

/// Key sequences a user types, checked by what the screen shows.
@Suite struct NavigationTests {
  let size = ScreenSize(columns: 80, rows: 24)

  /// The rendered row whose text contains `text`, trimmed.
  func row(containing text: String, in state: BrowserState) -> String? {
    let buffer = Screens.render(state)
    return (0..<buffer.size.rows).map { buffer.text(ofRow: $0) }.first { $0.contains(text) }
  }

  func header(_ state: BrowserState) -> String {
    Screens.render(state).text(ofRow: 0)
  }

  /// The text of the detail pane's reverse-video (selected) row.
  func selectedDetailRow(_ state: BrowserState) -> String? {
    let buffer = Screens.render(state)
    return (2..<buffer.size.rows - 1).first { row in
      buffer[40, row].style.reverse
    }.map { row in
      String(buffer.text(ofRow: row).split(separator: "│").last ?? "")
        .trimmingCharacters(in: .whitespaces)
    }
  }

  /// Moves the detail cursor onto the relation to `name`.
  func selectRelation(_ name: String, in state: inout BrowserState) {
    Screens.send([.home], to: &state)
    for _ in 0..<40 where selectedDetailRow(state)?.hasPrefix(name) != true {
      Screens.send([.down], to: &state)
    }
  }

  @Test func enterOpensTheListEntityAndFocusesDetails() {
    var state = Screens.state(size: size)
    Screens.send([.down, .down, .enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("alimama"))
    #expect(state.focus == .detail)
    #expect(header(state).hasSuffix("Alibaba Cloud › Alimama "))
    #expect(row(containing: "subsidiary of (1)", in: state) != nil)
  }

  @Test func followingARelationUpdatesTheBreadcrumb() {
    var state = Screens.state(start: "alibaba", size: size)
    selectRelation("DAMO Academy", in: &state)
    Screens.send([.enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("damo"))
    #expect(header(state).hasSuffix("Alibaba Group › DAMO Academy "))
    selectRelation("University of Science", in: &state)
    Screens.send([.character("l")], to: &state)
    let breadcrumb = header(state)
    #expect(breadcrumb.hasSuffix("…ademy › University of Science and Technology of China "))
    #expect(breadcrumb.hasPrefix(" kg  China tech fixture "), "shortened from the left, title kept")
    _ = state.handle(.resize(ScreenSize(columns: 120, rows: 40)))
    #expect(
      header(state).hasSuffix(
        "Alibaba Group › DAMO Academy › University of Science and Technology of China "))
  }

  @Test func backAndForwardReturnToTheExactSelection() {
    var state = Screens.state(start: "alibaba", size: size)
    selectRelation("DAMO Academy", in: &state)
    Screens.send([.right], to: &state)
    selectRelation("Zhejiang University", in: &state)
    Screens.send([.left], to: &state)
    #expect(state.currentEntity == Fixture.entity("alibaba"))
    #expect(selectedDetailRow(state)?.hasPrefix("DAMO Academy") == true)
    Screens.send([.character("]")], to: &state)
    #expect(state.currentEntity == Fixture.entity("damo"))
    #expect(selectedDetailRow(state)?.hasPrefix("Zhejiang University") == true)
    Screens.send([.character("[")], to: &state)
    #expect(state.currentEntity == Fixture.entity("alibaba"))
    Screens.send([.backspace], to: &state)
    #expect(state.currentEntity == Fixture.entity("alibaba"))
    #expect(state.focus == .list, "back with no history left returns to the list")
  }

  @Test func followingAfterGoingBackDropsForwardHistory() {
    var state = Screens.state(start: "alibaba", size: size)
    selectRelation("DAMO Academy", in: &state)
    Screens.send([.enter, .character("h")], to: &state)
    selectRelation("Jack Ma", in: &state)
    Screens.send([.enter], to: &state)
    #expect(header(state).hasSuffix("Alibaba Group › Jack Ma "))
    Screens.send([.character("]")], to: &state)
    #expect(state.currentEntity == Fixture.entity("jackma"), "nothing ahead to go forward to")
    Screens.send([.character("["), .character("[")], to: &state)
    #expect(state.currentEntity == Fixture.entity("alibaba"))
    #expect(
      state.history.entries.map(\.entity) == [Fixture.entity("alibaba"), Fixture.entity("jackma")])
  }

  @Test func resizingDuringNavigationKeepsEntityAndSelection() {
    var state = Screens.state(start: "alibaba", size: size)
    selectRelation("DAMO Academy", in: &state)
    Screens.send([.enter], to: &state)
    selectRelation("Zhejiang University", in: &state)
    for newSize in [
      ScreenSize(columns: 40, rows: 15), ScreenSize(columns: 5, rows: 2),
      ScreenSize(columns: 120, rows: 40), size,
    ] {
      _ = state.handle(.resize(newSize))
      #expect(state.currentEntity == Fixture.entity("damo"))
    }
    #expect(selectedDetailRow(state)?.hasPrefix("Zhejiang University") == true)
    #expect(header(state).hasSuffix("Alibaba Group › DAMO Academy "))
  }

  @Test func narrowScreensShowOnePaneAndTabSwitches() {
    var state = Screens.state(size: ScreenSize(columns: 50, rows: 20))
    #expect(row(containing: "Entities", in: state) != nil)
    Screens.send([.tab], to: &state)
    #expect(row(containing: "Entities", in: state) == nil)
    #expect(row(containing: "Company · aliyun", in: state) != nil)
    Screens.send([.escape], to: &state)
    #expect(row(containing: "Entities", in: state) != nil)
  }

  @Test func movementKeysStayInsideTheList() {
    var state = Screens.state(size: size)
    let count = Fixture.graph.entityCount
    Screens.send([.character("G")], to: &state)
    #expect(state.selection == count - 1)
    Screens.send([.pageDown, .down, .end], to: &state)
    #expect(state.selection == count - 1)
    Screens.send([.home], to: &state)
    #expect(state.selection == 0)
    Screens.send([.control("d")], to: &state)
    #expect(state.selection == (size.rows - 3) / 2)
    Screens.send([.control("u"), .up, .character("k")], to: &state)
    #expect(state.selection == 0)
    Screens.send([.pageDown], to: &state)
    #expect(state.selection == size.rows - 3)
    Screens.send([.pageUp, .character("j"), .character("g")], to: &state)
    #expect(state.selection == 0)
  }

  @Test func quitAndRedrawAreEffects() {
    var state = Screens.state(size: size)
    #expect(state.handle(.key(.control("l"))) == [.redrawAll])
    #expect(state.handle(.key(.character("q"))) == [.quit])
    #expect(state.handle(.key(.control("c"))) == [.quit])
  }
}
