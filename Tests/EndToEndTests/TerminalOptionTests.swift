import Testing

/// `--color`, `NO_COLOR` and `--no-mouse`, as the terminal receives them.
@Suite("Colour and mouse options")
struct TerminalOptionTests {
  @Test(
    "Without colour the screen keeps its reverse-video selection",
    arguments: [(["--color", "never"], [:]), ([], ["NO_COLOR": "1"])])
  func colorOff(arguments: [String], environment: [String: String]) throws {
    let run = try TerminalRun(
      Shell.kgOnFixture(arguments + ["--open", Fixture.aurora.id], environment: environment))
    let tmux = run.tmux
    try #require(try tmux.screen(containing: Fixture.aurora.name) != nil)
    let parameters = SGRCodes.parameters(in: try tmux.screenWithAttributes())
    #expect(!SGRCodes.hasColor(parameters), "colour codes drawn: \(parameters)")
    #expect(parameters.contains(SGRCodes.reverse), "no reverse video: \(parameters)")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test("--color always draws colour even with NO_COLOR set")
  func colorAlways() throws {
    let run = try TerminalRun(
      Shell.kgOnFixture(
        ["--color", "always", "--open", Fixture.aurora.id], environment: ["NO_COLOR": "1"]))
    let tmux = run.tmux
    try #require(try tmux.screen(containing: Fixture.aurora.name) != nil)
    let colored = try Polling.value {
      SGRCodes.hasColor(SGRCodes.parameters(in: try tmux.screenWithAttributes())) ? true : nil
    }
    #expect(colored == true, "no colour on screen")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test("Mouse reporting is on by default and off with --no-mouse", arguments: [false, true])
  func mouseReporting(disabled: Bool) throws {
    let run = try TerminalRun(
      Shell.kgOnFixture(["--open", Fixture.aurora.id] + (disabled ? ["--no-mouse"] : [])))
    let tmux = run.tmux
    try #require(try tmux.screen(containing: Fixture.aurora.name) != nil)
    #expect(try tmux.paneValue("#{mouse_any_flag}") == (disabled ? "0" : "1"))
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test("A double-click on a list entry opens it")
  func doubleClickOpens() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let tmux = run.tmux
    let screen = try #require(try tmux.screen(containing: Fixture.cascade.name))
    let rows = BrowserScreenTests.lines(of: screen)
    let row = try #require(rows.firstIndex { $0.contains(Fixture.cascade.name) })
    let column = rows[row].distance(
      from: rows[row].startIndex,
      to: try #require(rows[row].range(of: Fixture.cascade.name)).lowerBound)
    let click = MouseReport.x10Click(column: column + 1, row: row)
    try tmux.sendBytes(click + click)
    #expect(
      try tmux.screen(containing: Fixture.cascade.marker) != nil,
      "double-click did not open Cascade:\n\(tmux.lastScreen)")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
  }
}
