import Glibc
import Testing

/// A large dataset loads with a progress line, and Ctrl-C meanwhile leaves
/// the terminal untouched.
@Suite("Loading a large dataset")
struct LoadingTests {
  @Test("Ctrl-C while the progress line shows exits 130 with the terminal restored")
  func controlCWhileLoading() throws {
    let dataset = try LargeDataset()
    let run = try TerminalRun(Shell.kg(["--data", dataset.path], startStopped: true))
    let tmux = run.tmux
    let pane = try tmux.panePID()
    let pid = try #require(
      Polling.value {
        ProcessTable.descendants(of: pane, named: "bash").first(where: ProcessTable.isStopped)
      }, "the process that becomes kg never stopped")
    defer { kill(pid, SIGCONT) }
    let loading = try Self.stopWhileLoading(pid, tmux: tmux)
    #expect(loading, "kg never showed loading progress:\n\(tmux.lastScreen)")
    try tmux.press("C-c")
    kill(pid, SIGCONT)
    #expect(run.exitStatus() == 130)
    try TerminalState.expectRestored(run)
  }

  /// Lets the stopped process (which becomes `kg`) run in slices of about
  /// 10 ms until its screen shows the progress line, and leaves it stopped
  /// there: on a loaded machine, polling a running `kg` could miss a load
  /// that takes a second. False if the browser starts first.
  static func stopWhileLoading(_ pid: Int32, tmux: TmuxSession) throws -> Bool {
    while ProcessTable.isRunning(pid) {
      _ = Polling.until { ProcessTable.isStopped(pid) }
      if try tmux.screen().contains("kg: loading") { return true }
      if try tmux.paneValue("#{alternate_on}") == "1" { return false }
      runSlice(pid)
    }
    return false
  }

  /// Continues the process for about 10 ms, then stops it again.
  static func runSlice(_ pid: Int32) {
    kill(pid, SIGCONT)
    Polling.pause(.milliseconds(10))
    kill(pid, SIGSTOP)
  }
}
