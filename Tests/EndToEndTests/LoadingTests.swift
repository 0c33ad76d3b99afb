import Testing

/// A large dataset loads with a progress line, and Ctrl-C meanwhile leaves
/// the terminal untouched.
@Suite("Loading a large dataset")
struct LoadingTests {
  @Test("Ctrl-C while the progress line shows exits 130 with the terminal restored")
  func controlCWhileLoading() async throws {
    let dataset = try LargeDataset()
    let run = try TerminalRun(Shell.kg(["--data", dataset.path]))
    let tmux = run.tmux
    let loading = try await tmux.screen { $0.contains("kg: loading") && $0.contains("%") }
    try #require(loading != nil, "no progress line:\n\(tmux.lastScreen)")
    try await tmux.press("C-c")
    #expect(await run.exitStatus() == 130)
    try await TerminalState.expectRestored(run)
  }
}
