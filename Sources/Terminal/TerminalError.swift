import KnowledgeGraph

/// Why the browser cannot run on this terminal. Each message is one line that
/// says what is wrong and points at the scriptable commands, which work anywhere.
public enum TerminalError: Error, Equatable, Sendable {
  /// Standard input or output is not a terminal (a pipe, a file, `/dev/null`).
  case notATerminal(stream: String)
  case termNotSet
  /// No terminfo entry for `TERM`, or no terminfo database at all.
  case unknownTerminal(name: String)
  /// The entry exists but cannot address the cursor (`dumb`, hard-copy terminals).
  case limitedTerminal(name: String)
  /// ncurses refused to start for a reason it does not report.
  case startFailed(name: String)

  static let alternatives = "use kg search, kg show or kg path instead"

  /// The message without the `kg: ` prefix.
  public var message: String {
    switch self {
    case .notATerminal(let stream):
      return "the browser needs a terminal, but \(stream) is not one; \(Self.alternatives)"
    case .termNotSet:
      return "TERM is not set, so the browser cannot draw; set it (e.g. TERM=xterm-256color) "
        + "or \(Self.alternatives)"
    case .unknownTerminal(let name):
      return "unknown terminal type \"\(TerminalSafeText.singleLine(name))\" (no terminfo entry); "
        + "set TERM to a known type such as xterm-256color, or \(Self.alternatives)"
    case .limitedTerminal(let name):
      return "terminal type \"\(TerminalSafeText.singleLine(name))\" cannot move the cursor, "
        + "so the browser cannot draw; \(Self.alternatives)"
    case .startFailed(let name):
      return "cannot start the browser on terminal type \"\(TerminalSafeText.singleLine(name))\"; "
        + Self.alternatives
    }
  }
}
