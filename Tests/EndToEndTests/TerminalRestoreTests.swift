import Glibc
import Testing

/// Every way out of the browser leaves the terminal as it was: `stty -g`
/// unchanged, the main screen back, the cursor shown, mouse reporting off.
@Suite("Terminal restored on every exit")
struct TerminalRestoreTests {
  struct Ending: CustomTestStringConvertible, Sendable {
    let name: String
    let signal: Int32
    /// What the shell sees: 128 + the signal, because kg dies of the signal
    /// after restoring the terminal.
    var expectedStatus: Int32 { 128 + signal }
    var testDescription: String { name }
  }

  static let signals = [
    Ending(name: "SIGTERM", signal: SIGTERM), Ending(name: "SIGHUP", signal: SIGHUP),
    Ending(name: "SIGINT", signal: SIGINT), Ending(name: "SIGQUIT", signal: SIGQUIT),
    Ending(name: "SIGSEGV (a crash)", signal: SIGSEGV),
  ]

  @Test("A signal restores the terminal, and kg dies of that signal", arguments: signals)
  func signalRestores(_ ending: Ending) throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    try #require(try run.tmux.screen(containing: Fixture.aurora.name) != nil)
    let pid = try #require(try run.kgProcess(), "kg process not found")
    kill(pid, ending.signal)
    #expect(run.exitStatus() == ending.expectedStatus)
    try TerminalState.expectRestored(run)
  }

  @Test("q exits 0 and restores the terminal")
  func quitRestores() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    try #require(try run.tmux.screen(containing: Fixture.aurora.name) != nil)
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test("Ctrl-C in the middle of a search restores the terminal")
  func controlCDuringSearch() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let tmux = run.tmux
    try #require(try tmux.screen(containing: Fixture.ember.name) != nil)
    try tmux.type("/")
    try tmux.type("Bor")
    #expect(
      try tmux.screen { !$0.contains(Fixture.ember.name) && $0.contains("Borealis") } != nil,
      "searching for Bor still lists Ember:\n\(tmux.lastScreen)")
    try tmux.press("C-c")
    #expect(run.exitStatus() == 128 + SIGINT)
    try TerminalState.expectRestored(run)
  }
}
