import Foundation

/// A private tmux server running one command in an 80x24 (or other) pane.
///
/// Each session has its own socket, so tests run in parallel without seeing
/// each other, and its own scratch directory. The pane stays open after the
/// command exits (`remain-on-exit`), so its last screen can still be read.
final class TmuxSession {
  let directory: URL
  private let socket: String
  private let target = "kg"
  /// The last screen read, for failure messages.
  private(set) var lastScreen = ""

  /// Starts the session; `command` gets the scratch directory and returns the
  /// shell command line the pane runs.
  init(width: Int = 80, height: Int = 24, command: (URL) throws -> String) throws {
    let name = "kg-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    socket = name
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let configuration = directory.appendingPathComponent("tmux.conf")
    try
      "set -g remain-on-exit on\nset -g status off\nset -g history-limit 100\nset -g set-clipboard on\n"
      .write(to: configuration, atomically: true, encoding: .utf8)
    let arguments = [
      "-L", socket, "-f", configuration.path, "new-session", "-d", "-s", target, "-x", "\(width)",
      "-y", "\(height)", "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", try command(directory),
    ]
    let result = try ProcessRunner.run("tmux", arguments)
    guard result.status == 0 else { throw TmuxError("tmux new-session: \(result.error)") }
  }

  /// Ends the server and whatever still runs in the pane, waiting for the
  /// pane's process to go so it cannot write into the directory being removed.
  deinit {
    let pane = try? ProcessRunner.run(
      "tmux", ["-L", socket, "display-message", "-p", "-t", target, "#{pane_pid}"]
    ).output.trimmingCharacters(in: .whitespacesAndNewlines)
    _ = try? ProcessRunner.run("tmux", ["-L", socket, "kill-server"])
    if let pid = pane.flatMap({ Int32($0) }) {
      for _ in 0..<100 where kill(pid, 0) == 0 { usleep(20_000) }
    }
    try? FileManager.default.removeItem(at: directory)
  }

  /// Sends tmux key names such as `Enter`, `Tab`, `C-c`, `BSpace`.
  func press(_ keys: String...) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  /// Types text literally, character by character.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", target, "-l", text])
  }

  /// Sends raw bytes to the program, as a terminal would (mouse reports).
  func sendBytes(_ bytes: [UInt8]) throws {
    try tmux(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// The visible screen as text (tmux drops the second cell of a wide character).
  func screen() throws -> String {
    lastScreen = try tmux(["capture-pane", "-p", "-t", target]).output
    return lastScreen
  }

  /// The visible screen with its colours and attributes as SGR escape sequences.
  func screenWithAttributes() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-t", target]).output
  }

  /// The first screen that satisfies `predicate`, or nil at the deadline.
  func screen(
    within timeout: Duration = Polling.defaultTimeout, where predicate: (String) -> Bool
  ) throws -> String? {
    try Polling.value(within: timeout) {
      let current = try screen()
      return predicate(current) ? current : nil
    }
  }

  func screen(containing text: String) throws -> String? {
    try screen { $0.contains(text) }
  }

  /// A tmux format such as `#{alternate_on}` evaluated for the pane.
  func paneValue(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// What the program last put on the clipboard with OSC 52, nil before it has.
  func clipboard() throws -> String? {
    let result = try ProcessRunner.run("tmux", ["-L", socket, "show-buffer"])
    return result.status == 0 ? result.output : nil
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Closes the pane, as a user closing the terminal window would.
  func killPane() throws {
    try tmux(["kill-pane", "-t", target])
  }

  /// The process id of the pane's command.
  func panePID() throws -> Int32 {
    guard let pid = Int32(try paneValue("#{pane_pid}")) else {
      throw TmuxError("no pane pid")
    }
    return pid
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> CommandResult {
    let result = try ProcessRunner.run("tmux", ["-L", socket] + arguments)
    guard result.status == 0 else {
      throw TmuxError("tmux \(arguments.joined(separator: " ")): \(result.error)")
    }
    return result
  }
}
