import Glibc
import Testing

/// Terminals that fight back: resize storms, a 1x1 window, a closed pane,
/// and places that are not terminals at all.
@Suite("Hostile terminals")
struct HostileTerminalTests {
  @Test("After 20 resizes in a second the screen is redrawn exactly as before")
  func resizeStorm() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let tmux = run.tmux
    let before = try #require(try Self.settledScreen(tmux, containing: Fixture.aurora.name))
    let sizes = [(60, 20), (100, 30), (30, 10), (120, 40), (50, 12)]
    for step in 0..<20 {
      let (width, height) = sizes[step % sizes.count]
      try tmux.resize(width: width, height: height)
      Polling.pause(.milliseconds(50))
    }
    try tmux.resize(width: 80, height: 24)
    #expect(
      try tmux.screen { $0 == before } != nil,
      "screen after the storm differs:\n\(tmux.lastScreen)\n--- expected:\n\(before)")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test("Shrinking to 1x1 and growing back redraws the same screen")
  func tinyWindow() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let tmux = run.tmux
    let before = try #require(try Self.settledScreen(tmux, containing: Fixture.aurora.name))
    try tmux.resize(width: 1, height: 1)
    #expect(try tmux.screen { !$0.contains(Fixture.aurora.name) } != nil)
    try tmux.resize(width: 80, height: 24)
    #expect(
      try tmux.screen { $0 == before } != nil,
      "screen after 1x1 differs:\n\(tmux.lastScreen)\n--- expected:\n\(before)")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test(
    "Closing the pane ends kg instead of leaving it spinning",
    arguments: [false, true])
  func closingThePane(ignoringHangup: Bool) throws {
    let kg = Shell.kgOnFixture(["--open", Fixture.aurora.id])
    let command = ignoringHangup ? "trap '' HUP; exec \(kg)" : "exec \(kg)"
    let tmux = try TmuxSession { _ in "exec bash -c \(Shell.quote(command))" }
    try #require(try tmux.screen(containing: Fixture.aurora.name) != nil)
    let pane = try tmux.panePID()
    let pid = try #require(
      Polling.value { ProcessTable.descendants(of: pane, named: "kg").first }
        ?? (ProcessTable.isRunning(pane) ? pane : nil))
    try tmux.killPane()
    let ended = Polling.until { !ProcessTable.isRunning(pid) }
    if !ended { kill(pid, SIGKILL) }
    #expect(ended, "kg was still running after its pane closed")
  }

  struct Refusal: CustomTestStringConvertible, Sendable {
    let name: String
    /// Shell command line; `$record` is the scratch directory.
    let commandLine: String
    /// A word the one-line message must contain.
    let reason: String
    var testDescription: String { name }
  }

  static let refusals = [
    Refusal(
      name: "kg < /dev/null", commandLine: Shell.kgOnFixture() + " < /dev/null 2> \"$record/err\"",
      reason: "standard input"),
    Refusal(
      name: "kg | cat",
      commandLine: "set -o pipefail; " + Shell.kgOnFixture()
        + " 2> \"$record/err\" | cat > \"$record/out\"",
      reason: "standard output"),
    Refusal(
      name: "TERM=dumb kg",
      commandLine: Shell.kgOnFixture(environment: ["TERM": "dumb"]) + " 2> \"$record/err\"",
      reason: "dumb"),
    Refusal(
      name: "TERM=nonexistent kg",
      commandLine: Shell.kgOnFixture(environment: ["TERM": "nonexistent"])
        + " 2> \"$record/err\"", reason: "nonexistent"),
  ]

  @Test("Where the browser cannot run, kg says why in one line and exits 2", arguments: refusals)
  func refusesWithOneLine(_ refusal: Refusal) throws {
    let run = try TerminalRun(refusal.commandLine)
    #expect(run.exitStatus() == 2)
    let message = try run.file("err")
    #expect(message.split(separator: "\n").count == 1, "not one line: \(message)")
    #expect(message.hasPrefix("kg: "), "\(message)")
    #expect(message.contains(refusal.reason), "\(message)")
    #expect(message.contains("kg search"), "no pointer to the scriptable commands: \(message)")
    if refusal.commandLine.contains("$record/out") {
      #expect(try run.file("out").isEmpty, "kg wrote to the pipe")
    }
    try TerminalState.expectRestored(run)
  }

  /// A screen that contains `text` and reads the same twice in a row, so a
  /// frame caught half drawn is never taken as the reference.
  static func settledScreen(_ tmux: TmuxSession, containing text: String) throws -> String? {
    var previous = ""
    return try Polling.value {
      let current = try tmux.screen()
      defer { previous = current }
      return current.contains(text) && current == previous ? current : nil
    }
  }
}
