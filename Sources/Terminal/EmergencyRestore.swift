#if canImport(Glibc)
  import Glibc
#endif

/// Puts the terminal back from inside a crash signal handler, where ncurses'
/// `endwin` must not run: only async-signal-safe calls on data prepared in
/// advance (`tcsetattr`, `write`, `dup2`).
enum EmergencyRestore {
  nonisolated(unsafe) private static var armed = false
  nonisolated(unsafe) private static var shellModes = termios()
  nonisolated(unsafe) private static var resetSequence = UnsafeMutableBufferPointer<UInt8>(
    start: nil, count: 0)

  /// Records the terminal modes from before ncurses started and the bytes that
  /// undo what ncurses turned on (alternate screen, hidden cursor, keypad, mouse).
  static func arm(shellModes modes: termios, resetSequence bytes: [UInt8]) {
    shellModes = modes
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = storage.initialize(from: bytes)
    resetSequence = storage
    armed = true
  }

  /// Called once the normal teardown has restored the terminal.
  static func disarm() {
    armed = false
  }

  static func perform() {
    guard armed else { return }
    armed = false
    var modes = shellModes
    tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    if let start = resetSequence.baseAddress {
      _ = write(STDOUT_FILENO, start, resetSequence.count)
    }
    StderrCapture.release()
  }
}
