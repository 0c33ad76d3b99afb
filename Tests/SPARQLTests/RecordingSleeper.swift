import Foundation
import SPARQL

/// A retry wait that returns at once and remembers what it was asked to wait,
/// so retry tests check the waits without spending them.
final class RecordingSleeper: RetrySleeper, @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [TimeInterval] = []

  var waits: [TimeInterval] { lock.withLock { recorded } }

  func sleep(seconds: TimeInterval, cancellation: RequestCancellation?) -> Bool {
    lock.withLock { recorded.append(seconds) }
    return !(cancellation?.isCancelled ?? false)
  }
}
