import Foundation

/// Waits between retries. Injectable so tests check the waits a client asks
/// for without spending them.
package protocol RetrySleeper: Sendable {
  /// Waits `seconds` unless cancelled first; returns false when cancelled.
  func sleep(seconds: TimeInterval, cancellation: RequestCancellation?) -> Bool
}

/// The real wait, which `RequestCancellation.cancel()` cuts short.
struct CancellableSleeper: RetrySleeper {
  func sleep(seconds: TimeInterval, cancellation: RequestCancellation?) -> Bool {
    let deadline = Date(timeIntervalSinceNow: seconds)
    guard let cancellation else {
      Thread.sleep(until: deadline)
      return true
    }
    return !cancellation.waitForCancellation(until: deadline)
  }
}
