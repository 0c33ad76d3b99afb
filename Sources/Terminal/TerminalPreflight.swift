import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

/// Checks, before any slow loading and before ncurses touches the terminal,
/// that the browser can run here: both ends are terminals and `TERM` names a
/// terminfo entry that can address the cursor. ncurses itself would draw
/// escape codes into a pipe, or abort with its own message on an unknown `TERM`.
public enum TerminalPreflight {
  public static func check(environment: [String: String]) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
    guard let name = environment["TERM"], !name.isEmpty else { throw .termNotSet }
    try checkTerminfo(name: name)
  }

  private static func checkTerminfo(name: String) throws(TerminalError) {
    var status: Int32 = 0
    guard setupterm(name, STDOUT_FILENO, &status) == OK else {
      // ncurses reports "not found" and "too generic to drive" (dumb) alike;
      // dumb is by far the common generic type, so it gets the precise message.
      let isGeneric = status == 1 || name == "dumb"
      throw isGeneric ? .limitedTerminal(name: name) : .unknownTerminal(name: name)
    }
    defer { kg_release_terminfo() }
    guard hasCapability("cup"), tigetflag("hc") != 1 else {
      throw .limitedTerminal(name: name)
    }
  }

  static func hasCapability(_ name: String) -> Bool {
    guard let value = tigetstr(name) else { return false }
    return Int(bitPattern: value) != -1
  }
}
