import Dispatch
import Glibc
import Testing

/// A large dataset loads with a progress line, and Ctrl-C meanwhile leaves
/// the terminal untouched.
@Suite("Loading a large dataset")
struct LoadingTests {
  @Test("Ctrl-C while the progress line shows exits 130 with the terminal restored")
  func controlCWhileLoading() async throws {
    let dataset = try LargeDataset()
    let run = try TerminalRun(Shell.kg(["--data", dataset.path], startStopped: true))
    let tmux = run.tmux
    let pane = try await tmux.panePID()
    let pid = try #require(
      await Polling.value {
        ProcessTable.descendants(of: pane, named: "bash").first(where: ProcessTable.isStopped)
      }, "the process that becomes kg never stopped")
    let loading = try await Self.stopWhileLoading(pid, tmux: tmux)
    #expect(loading, "kg never showed loading progress:\n\(tmux.lastScreen)")
    try await tmux.press("C-c")
    kill(pid, SIGCONT)
    #expect(await run.exitStatus() == 130)
    try await TerminalState.expectRestored(run)
  }

  /// Lets the stopped process (which becomes `kg`) run in slices of about
  /// 10 ms until its screen shows the progress line, and leaves it stopped
  /// there: on a loaded machine, polling a running `kg` could miss a load
  /// that takes a second. False if the browser starts first.
  static func stopWhileLoading(_ pid: Int32, tmux: TmuxSession) async throws -> Bool {
    while ProcessTable.isRunning(pid) {
      _ = await Polling.until { ProcessTable.isStopped(pid) }
      if try await tmux.screen().contains("kg: loading") { return true }
      if try await tmux.paneValue("#{alternate_on}") == "1" { return false }
      await runSlice(pid)
    }
    return false
  }

  /// Continues and stops the process again on a Dispatch thread, where the
  /// sleep between is not held up by busy Swift concurrency threads.
  static func runSlice(_ pid: Int32) async {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        kill(pid, SIGCONT)
        usleep(10_000)
        kill(pid, SIGSTOP)
        continuation.resume()
      }
    }
  }
}
