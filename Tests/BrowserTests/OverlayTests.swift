@testable import Browser
import KnowledgeGraph
import Testing

@Suite struct OverlayTests {
  let size = ScreenSize(columns: 80, rows: 24)

  @Test func helpListsKeysAndFiltersAsYouType() {
    var state = Screens.state(size: size)
    Screens.send([.character("?")], to: &state)
    #expect(Screens.render(state).text.contains("Keys"))
    Screens.send([.character("/")] + Screens.type("path"), to: &state)
    let screen = Screens.render(state).text
    #expect(screen.contains("path / labels (Space a n)"))
    #expect(!screen.contains("first / last line"))
    #expect(screen.contains("/path"))
    Screens.send([.escape], to: &state)
    #expect(Screens.render(state).text.contains("first / last line"), "Esc clears the filter")
    Screens.send([.escape], to: &state)
    #expect(state.overlay == nil)
  }

  @Test func helpSaysWhenNothingMatches() {
    var state = Screens.state(size: size)
    Screens.send([.character("?"), .character("/")] + Screens.type("zzz"), to: &state)
    #expect(Screens.render(state).text.contains("No key matches \"zzz\"."))
  }

  @Test func helpScrollsOnSmallScreensAndSurvivesResize() {
    var state = Screens.state(size: ScreenSize(columns: 40, rows: 12))
    Screens.send([.character("?")], to: &state)
    #expect(!Screens.render(state).text.contains("click  wheel"))
    Screens.send([.character("G")], to: &state)
    #expect(Screens.render(state).text.contains("click  wheel"))
    _ = state.handle(.resize(ScreenSize(columns: 120, rows: 40)))
    _ = state.handle(.resize(ScreenSize(columns: 10, rows: 3)))
    _ = state.handle(.resize(size))
    #expect(Screens.render(state).text.contains("Keys"))
    Screens.send([.character("q")], to: &state)
    #expect(state.overlay == nil, "q closes help before it quits")
  }

  @Test func theLabelFilterShowsOnlyChosenLabels() {
    var state = Screens.state(start: "alibaba", size: ScreenSize(columns: 120, rows: 40))
    Screens.send([.character("t")], to: &state)
    #expect(Screens.render(state).text.contains("[x] has subsidiary"))
    Screens.send([.character("n"), .character("G"), .character(" "), .enter], to: &state)
    let screen = Screens.render(state).text
    #expect(screen.contains("has subsidiary (8)"))
    #expect(!screen.contains("located in (1)"))
    #expect(screen.contains("8 relations · filtered"))
    Screens.send([.enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("alimama"))
    #expect(Screens.render(state).text.contains("No relations with the chosen labels"))
    Screens.send([.character("t"), .enter], to: &state)
    #expect(
      Screens.render(state).text.contains("subsidiary of (1)"), "all checked clears the filter")
  }

  @Test func escapeLeavesTheFilterAsItWas() {
    var state = Screens.state(start: "alibaba", size: size)
    let before = Screens.render(state)
    Screens.send([.character("t"), .character("n"), .escape], to: &state)
    #expect(Screens.render(state) == before)
  }
}
