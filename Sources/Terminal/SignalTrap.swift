import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Turns the signals that end a session into a flag the input loop checks, and
/// makes a crash restore the terminal before the process dies.
///
/// Handlers are installed without `SA_RESTART`, so a signal also interrupts the
/// loop's `poll` and is seen at once. Without them ncurses installs its own
/// SIGINT/SIGTERM handler, which exits with status 1 and skips our cleanup.
enum SignalTrap {
  /// Signals that end the session cleanly: Ctrl-C, `kill`, a closed terminal, Ctrl-\.
  static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Signals a fatal error raises: a Swift trap is SIGILL or SIGTRAP.
  static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]

  private static let pending = Atomic<Int32>(0)
  private static let slotCount = 65
  /// The dispositions found at install time, indexed by signal number, so that
  /// uninstalling (or a crash handler, after restoring the terminal) can hand
  /// the signal back to whoever had it: the default action or Swift's backtracer.
  nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
    let slots = UnsafeMutablePointer<sigaction>.allocate(capacity: slotCount)
    slots.initialize(repeating: sigaction(), count: slotCount)
    return slots
  }()

  static func install() {
    pending.store(0, ordering: .relaxed)
    for signal in terminationSignals where !isIgnored(signal) {
      install(signal, handler: { signal in SignalTrap.pending.store(signal, ordering: .relaxed) })
    }
    for signal in crashSignals {
      install(
        signal,
        handler: { signal in
          EmergencyRestore.perform()
          // Returning re-runs the faulting instruction under the previous
          // disposition, which prints the backtrace or dumps core as before.
          sigaction(signal, SignalTrap.previous + Int(signal), nil)
        })
    }
  }

  static func uninstall() {
    for signal in terminationSignals + crashSignals {
      sigaction(signal, previous + Int(signal), nil)
    }
  }

  /// The termination signal caught since `install`, if any.
  static func takePending() -> Int32? {
    let signal = pending.exchange(0, ordering: .relaxed)
    return signal == 0 ? nil : signal
  }

  /// True when the parent asked for this signal to be ignored (`nohup`, `&`);
  /// the browser respects that rather than quitting on it.
  static func isIgnored(_ signal: Int32) -> Bool {
    var current = sigaction()
    sigaction(signal, nil, &current)
    return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
      == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  private static func install(_ signal: Int32, handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, previous + Int(signal))
  }
}
