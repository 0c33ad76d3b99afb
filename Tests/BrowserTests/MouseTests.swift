@testable import Browser
import KnowledgeGraph
import Testing

@Suite struct MouseTests {
  let size = ScreenSize(columns: 80, rows: 24)

  func click(_ state: inout BrowserState, column: Int, row: Int, double: Bool = false) {
    _ = state.handle(
      .mouse(MouseEvent(action: double ? .doubleClick : .press, column: column, row: row)))
  }

  @Test func aClickSelectsAndASecondClickOpens() {
    var state = Screens.state(size: size)
    click(&state, column: 5, row: 4)
    #expect(state.selection == 2)
    #expect(state.currentEntity == Fixture.entity("aliyun"), "a first click only selects")
    click(&state, column: 5, row: 4)
    #expect(state.currentEntity == Fixture.entity("alimama"))
    #expect(state.focus == .detail)
  }

  @Test func aDoubleClickOpens() {
    var state = Screens.state(size: size)
    click(&state, column: 5, row: 6, double: true)
    #expect(state.currentEntity == Fixture.entity("baidu"))
  }

  @Test func theWheelScrollsTheListUnderThePointer() {
    var state = Screens.state(size: size)
    _ = state.handle(.mouse(MouseEvent(action: .wheelDown, column: 3, row: 10)))
    #expect(state.list.offset == 3)
    #expect(Screens.render(state).text(ofRow: 2).hasPrefix(" Ant Group"))
    _ = state.handle(.mouse(MouseEvent(action: .wheelUp, column: 3, row: 10)))
    #expect(state.list.offset == 0)
  }

  @Test func clickingARelationSelectsThenFollows() {
    var state = Screens.state(start: "alibaba", size: size)
    Screens.send([.tab], to: &state)
    let buffer = Screens.render(state)
    let row = try! #require((0..<24).first { buffer.text(ofRow: $0).contains("│   Jack Ma") })
    click(&state, column: 40, row: row)
    #expect(state.focus == .detail)
    #expect(state.currentEntity == Fixture.entity("alibaba"))
    #expect(Screens.render(state)[40, row].style.reverse)
    click(&state, column: 40, row: row)
    #expect(state.currentEntity == Fixture.entity("jackma"))
  }

  @Test func clicksOutsideAnythingDoNothing() {
    var state = Screens.state(size: size)
    let before = Screens.render(state)
    for (column, row) in [(0, 0), (79, 23), (30, 10), (500, 500), (-1, -1)] {
      click(&state, column: column, row: row)
    }
    #expect(Screens.render(state) == before)
  }
}
