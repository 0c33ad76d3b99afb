#if canImport(Glibc)
  import Glibc
#endif

/// How a browser session ended, once the terminal is restored.
public enum SessionEnd: Equatable, Sendable {
  /// The user quit (`q`).
  case quit
  /// A signal ended it: Ctrl-C (SIGINT), SIGTERM, SIGHUP (also when the
  /// terminal goes away) or SIGQUIT.
  case signal(Int32)

  /// Ends the process: status 0 after `q`; after a signal, the process dies
  /// of that same signal, so a shell reports 128 + its number (130 for Ctrl-C,
  /// 143 for SIGTERM, 129 for SIGHUP) and a calling script stops as it would
  /// for any other program.
  public func exitProcess() -> Never {
    switch self {
    case .quit:
      exit(0)
    case .signal(let number):
      _ = Glibc.signal(number, SIG_DFL)
      raise(number)
      exit(128 + number)
    }
  }
}
