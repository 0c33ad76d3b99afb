import Foundation
import SPARQL

/// The error a call on another thread ended with, handed back to the test.
final class Outcome: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var error: SPARQLError?

  func set(_ error: SPARQLError?) {
    lock.withLock { self.error = error }
    done.signal()
  }

  /// The error, once the call has ended (at most 10 s, so a broken client fails the test).
  func wait() -> SPARQLError? {
    guard done.wait(timeout: .now() + 10) == .success else {
      return .timedOut(host: "test", seconds: 10)
    }
    return lock.withLock { error }
  }
}
