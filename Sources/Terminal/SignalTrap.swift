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
    for signal in terminationSignals + crashSignals {
      sigaction(signal, nil, previous + Int(signal))
    }
    // A parent may have started kg with these blocked (threads of many
    // runtimes block signals, and children inherit the mask).
    var terminating = sigset_t()
    sigemptyset(&terminating)
    for signal in terminationSignals { sigaddset(&terminating, signal) }
    sigprocmask(SIG_UNBLOCK, &terminating, nil)
    for signal in terminationSignals where !isIgnored(signal) {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signal in
        SignalTrap.pending.store(signal, ordering: .relaxed)
      }
      install(action, for: signal)
    }
    for signal in crashSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_sigaction = { signal, info, _ in
        SignalTrap.crashed(signal, code: info?.pointee.si_code ?? 0)
      }
      action.sa_flags = SA_SIGINFO
      install(action, for: signal)
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

  private static func install(_ action: sigaction, for signal: Int32) {
    var action = action
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
  }

  /// Restores the terminal, then lets the signal do what it would have done.
  /// A fault raised by the CPU (positive `si_code`) re-runs its instruction on
  /// return and reaches the previous owner, such as Swift's backtracer, with
  /// the real context. A signal sent by a process would be ignored that way,
  /// so it is delivered again with the default action, which ends the process.
  private static func crashed(_ signal: Int32, code: Int32) {
    EmergencyRestore.perform()
    guard code <= 0 else {
      sigaction(signal, previous + Int(signal), nil)
      return
    }
    var defaultAction = sigaction()
    defaultAction.__sigaction_handler.sa_handler = SIG_DFL
    sigaction(signal, &defaultAction, nil)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    sigaddset(&unblocked, signal)
    sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    raise(signal)
  }
}
