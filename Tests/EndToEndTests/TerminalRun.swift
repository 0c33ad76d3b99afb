import Foundation

/// A shell command run in a tmux pane between two `stty -g` snapshots, with
/// its exit status recorded: the evidence that `kg` left the terminal as it
/// found it, however it ended.
final class TerminalRun {
  let tmux: TmuxSession

  /// The wrapper ignores the signals the tests send (with a trap, not by
  /// ignoring them, which `kg` would inherit) so it survives to take the
  /// second snapshot, and turns off core dumps for the crash test. It then
  /// keeps the pane alive, since tmux reports a dead pane's cursor as hidden,
  /// with a `cat` that ends by itself when the pane closes.
  private static let wrapper = """
    record=$1
    trap true INT TERM HUP QUIT
    ulimit -c 0
    stty -g > "$record/stty-before"
    eval "$2"
    status=$?
    stty -g > "$record/stty-after"
    echo "$status" > "$record/status.tmp" && mv "$record/status.tmp" "$record/status"
    exec cat > /dev/null
    """

  init(_ commandLine: String, width: Int = 80, height: Int = 24) throws {
    tmux = try TmuxSession(width: width, height: height) { directory in
      let script = directory.appendingPathComponent("wrapper.sh")
      try Self.wrapper.write(to: script, atomically: true, encoding: .utf8)
      return "exec bash "
        + [script.path, directory.path, commandLine].map(Shell.quote).joined(separator: " ")
    }
  }

  /// The command's exit status once it has ended, or nil at the deadline.
  func exitStatus() -> Int32? {
    Polling.value {
      (try? record("status")).flatMap { Int32($0) }
    }
  }

  /// The terminal settings before the command and after it ended.
  func sttySnapshots() throws -> (before: String, after: String) {
    (try record("stty-before"), try record("stty-after"))
  }

  /// The running `kg` started in this pane.
  func kgProcess() throws -> Int32? {
    let pane = try tmux.panePID()
    return Polling.value { ProcessTable.descendants(of: pane, named: "kg").first }
  }

  func file(_ name: String) throws -> String {
    try record(name)
  }

  private func record(_ name: String) throws -> String {
    try String(contentsOf: tmux.directory.appendingPathComponent(name), encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
