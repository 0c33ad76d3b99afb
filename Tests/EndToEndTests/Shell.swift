/// Builds shell command lines for the tmux pane.
enum Shell {
  /// One argument, quoted so the shell passes it through unchanged.
  static func quote(_ argument: String) -> String {
    "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// `kg` with arguments and extra environment, under `timeout --foreground`
  /// so a hung test cannot outlive the suite and `kg` stays in the foreground.
  /// Unless the environment names them, `kg` gets XDG directories of its own,
  /// so no test reads or writes the user's bookmarks and history.
  ///
  /// With `startStopped`, the process stops itself (SIGSTOP) before it
  /// becomes `kg`, so a test can let it run in measured slices.
  static func kg(
    _ arguments: [String], environment: [String: String] = [:], startStopped: Bool = false
  ) -> String {
    let environment = StateHome.forOneRun().environment.merging(environment) { $1 }
    let assignments = environment.sorted { $0.key < $1.key }.map { quote("\($0.key)=\($0.value)") }
    let stop = startStopped ? ["bash", "-c", quote("kill -STOP $$; exec \"$@\""), "bash"] : []
    let words =
      ["timeout", "--foreground", "120"] + stop + ["env"] + assignments + [quote(Paths.kg)]
      + arguments.map(quote)
    return words.joined(separator: " ")
  }

  /// `kg` on the end-to-end fixture.
  static func kgOnFixture(_ arguments: [String] = [], environment: [String: String] = [:])
    -> String
  {
    kg(["--data", Paths.fixture("chain.json")] + arguments, environment: environment)
  }
}
