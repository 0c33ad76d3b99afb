import Foundation

/// Waits for a condition by polling, with a deadline generous enough for a
/// loaded two-core machine; tests never sleep a fixed time and hope.
///
/// The end-to-end tests are synchronous on purpose. Swift Testing runs tests
/// on Swift concurrency's few threads; while long synchronous suites hold
/// them, an async test's polling would not be resumed for minutes, and the
/// `kg` it started would sit unobserved. A synchronous test, once started,
/// keeps its thread and polls on time.
enum Polling {
  static let defaultTimeout: Duration = .seconds(45)
  static let interval: Duration = .milliseconds(50)

  /// The first non-nil value `probe` returns, or nil when the deadline passes.
  static func value<T>(within timeout: Duration = defaultTimeout, _ probe: () throws -> T?)
    rethrows -> T?
  {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let value = try probe() { return value }
      guard ContinuousClock.now < deadline else { return nil }
      pause(interval)
    }
  }

  /// True as soon as `condition` holds; false when the deadline passes first.
  static func until(within timeout: Duration = defaultTimeout, _ condition: () throws -> Bool)
    rethrows -> Bool
  {
    try value(within: timeout) { try condition() ? true : nil } ?? false
  }

  /// Blocks this thread for a short, fixed pause between probes or steps.
  static func pause(_ duration: Duration) {
    let (seconds, attoseconds) = duration.components
    usleep(useconds_t(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
  }
}
