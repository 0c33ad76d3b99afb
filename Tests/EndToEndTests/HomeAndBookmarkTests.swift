import Testing

/// The home screen, bookmarks and history across restarts, and the `:`
/// command line, in the real `kg` in tmux.
@Suite("Home, bookmarks and history in tmux")
struct HomeAndBookmarkTests {
  static let dataset = ["--data", Paths.fixture("chain.json")]

  @Test("A bookmark and the last entity are on the home screen after a restart")
  func bookmarkSurvivesARestart() throws {
    let home = StateHome.fresh()
    let first = try TerminalRun(
      Shell.kgOnFixture(["--open", Fixture.borealis.id], environment: home.environment))
    try #require(try first.tmux.screen(containing: Fixture.borealis.marker) != nil)
    try first.tmux.type("m")
    #expect(
      try first.tmux.screen(containing: "bookmarked \(Fixture.borealis.name)") != nil,
      "m did not confirm:\n\(first.tmux.lastScreen)")
    try first.tmux.press("q")
    #expect(first.exitStatus() == 0)

    let second = try TerminalRun(Shell.kgOnFixture(environment: home.environment))
    let screen = try second.tmux.screen {
      $0.contains("Continue where you left off") && $0.contains("* \(Fixture.borealis.name)")
    }
    #expect(
      screen != nil, "home does not show the bookmark and continue:\n\(second.tmux.lastScreen)")
    try second.tmux.press("Enter")
    #expect(
      try second.tmux.screen(containing: Fixture.borealis.marker) != nil,
      "Enter on continue did not open Borealis:\n\(second.tmux.lastScreen)")
    try second.tmux.press("q")
    #expect(second.exitStatus() == 0)

    let listed = try home.runKG(["bookmarks"] + Self.dataset)
    #expect(listed.status == 0)
    #expect(listed.output == "\(Fixture.borealis.id)\t\(Fixture.borealis.name)\n")
  }

  @Test("kg bookmarks add in another process merges with the browser's bookmarks")
  func anotherProcessMerges() throws {
    let home = StateHome.fresh()
    let run = try TerminalRun(
      Shell.kgOnFixture(["--open", Fixture.cascade.id], environment: home.environment))
    try #require(try run.tmux.screen(containing: Fixture.cascade.marker) != nil)
    let added = try home.runKG(["bookmarks", "add", Fixture.ember.id] + Self.dataset)
    #expect(added.status == 0, "\(added.error)")
    try run.tmux.type("m")
    try #require(try run.tmux.screen(containing: "bookmarked") != nil)
    try run.tmux.type("'")
    #expect(
      try run.tmux.screen { $0.contains(Fixture.ember.name) && $0.contains("Enter open") } != nil,
      "the bookmark list lacks the other process's bookmark:\n\(run.tmux.lastScreen)")
    try run.tmux.press("Escape")
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
    let listed = try home.runKG(["bookmarks"] + Self.dataset)
    #expect(listed.output.contains(Fixture.ember.id) && listed.output.contains(Fixture.cascade.id))
    let removed = try home.runKG(["bookmarks", "remove", "nonexistent"] + Self.dataset)
    #expect(removed.status == 1)
  }

  @Test(":open pku opens Peking University on the bundled dataset")
  func commandLineOpens() throws {
    let run = try TerminalRun(Shell.kg(["--data", Paths.bundledDataset]))
    try #require(
      try run.tmux.screen(containing: "Entity types") != nil,
      "no home screen:\n\(run.tmux.lastScreen)")
    try run.tmux.type(":open pku")
    try run.tmux.press("Enter")
    #expect(
      try run.tmux.screen { Self.header($0).contains("Peking University") } != nil,
      ":open pku did not open it:\n\(run.tmux.lastScreen)")
    try run.tmux.type(":frobnicate")
    try run.tmux.press("Enter")
    #expect(
      try run.tmux.screen(containing: "unknown command \"frobnicate\"") != nil,
      "no message for a bad command:\n\(run.tmux.lastScreen)")
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test("? shows q in the help box at 80x24 without scrolling")
  func helpFits() throws {
    let run = try TerminalRun(Shell.kgOnFixture())
    try #require(try run.tmux.screen(containing: "Entity types") != nil)
    try run.tmux.type("?")
    let screen = try run.tmux.screen { screen in
      BrowserScreenTests.lines(of: screen).contains { $0.contains("│") && $0.contains(" quit") }
    }
    #expect(screen != nil, "no q in the help box:\n\(run.tmux.lastScreen)")
    try run.tmux.press("Escape")
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test("y and Y put the id and the card on the clipboard through tmux (OSC 52)")
  func copyReachesTheClipboard() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.cascade.id]))
    try #require(try run.tmux.screen(containing: Fixture.cascade.marker) != nil)
    try run.tmux.type("y")
    #expect(
      Polling.value { try? run.tmux.clipboard() } == Fixture.cascade.id,
      "y did not copy the id:\n\(run.tmux.lastScreen)")
    #expect(try run.tmux.screen(containing: "copied \(Fixture.cascade.id)") != nil)
    try run.tmux.type("Y")
    let card = Polling.value {
      (try? run.tmux.clipboard()).flatMap { $0.contains(Fixture.cascade.marker) ? $0 : nil }
    }
    #expect(card?.hasPrefix(Fixture.cascade.name) == true, "Y did not copy the card")
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test(
    "--no-history and KG_NO_HISTORY=1 write no history file",
    arguments: [(["--no-history"], [:]), ([], ["KG_NO_HISTORY": "1"])])
  func historyOff(arguments: [String], environment: [String: String]) throws {
    let home = StateHome.fresh()
    let run = try TerminalRun(
      Shell.kgOnFixture(
        ["--open", Fixture.ember.id] + arguments,
        environment: home.environment.merging(environment) { $1 }))
    try #require(try run.tmux.screen(containing: Fixture.ember.marker) != nil)
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
    #expect(home.files(in: "state/kg").isEmpty)
    let again = try TerminalRun(Shell.kgOnFixture(environment: home.environment))
    #expect(try again.tmux.screen(containing: "Entity types") != nil)
    #expect(!again.tmux.lastScreen.contains("Continue where you left off"))
    try again.tmux.press("q")
    #expect(again.exitStatus() == 0)
    #expect(home.files(in: "state/kg").contains { $0.hasSuffix(".history.json") })
  }

  @Test("A damaged bookmark file is moved aside with a warning, and kg starts")
  func damagedFile() throws {
    let home = StateHome.fresh()
    let added = try home.runKG(["bookmarks", "add", Fixture.aurora.id] + Self.dataset)
    try #require(added.status == 0)
    let file = try #require(home.files(in: "data/kg").first { $0.hasSuffix(".bookmarks.json") })
    try home.write("{\"version\": 1, \"bookmarks\": [", to: "data/kg/" + file)
    let run = try TerminalRun(Shell.kgOnFixture(environment: home.environment))
    #expect(
      try run.tmux.screen { $0.contains("damaged state file moved aside") } != nil,
      "no warning:\n\(run.tmux.lastScreen)")
    #expect(run.tmux.lastScreen.contains("Entity types"))
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
    #expect(home.files(in: "data/kg").contains { $0.contains(".corrupt-") })
  }

  private static func header(_ screen: String) -> String {
    String(BrowserScreenTests.lines(of: screen).first ?? "")
  }
}
