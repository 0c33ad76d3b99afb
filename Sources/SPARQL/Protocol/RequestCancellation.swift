import Foundation

/// A token the caller keeps to abort a request from another thread, for
/// example when the user presses Esc or navigates away while a page loads.
///
/// `cancel()` aborts the transfer in flight and wakes a retry wait at once;
/// a request started with an already cancelled token fails before it connects.
public final class RequestCancellation: @unchecked Sendable {
  private let condition = NSCondition()
  private var cancelled = false
  private var handlers: [Int: @Sendable () -> Void] = [:]
  private var nextToken = 0

  public init() {}

  /// Cancels every request using this token, now and later.
  public func cancel() {
    condition.lock()
    cancelled = true
    let toCall = handlers.values
    handlers = [:]
    condition.broadcast()
    condition.unlock()
    for handler in toCall { handler() }
  }

  /// Whether `cancel()` has been called.
  public var isCancelled: Bool {
    condition.lock()
    defer { condition.unlock() }
    return cancelled
  }

  /// Runs `handler` on cancellation; returns a token for `removeHandler`, or
  /// nil (without running the handler) when already cancelled.
  func addHandler(_ handler: @escaping @Sendable () -> Void) -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard !cancelled else { return nil }
    nextToken += 1
    handlers[nextToken] = handler
    return nextToken
  }

  func removeHandler(_ token: Int) {
    condition.lock()
    handlers[token] = nil
    condition.unlock()
  }

  /// Waits until `deadline` or cancellation; true when cancelled.
  func waitForCancellation(until deadline: Date) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while !cancelled {
      guard condition.wait(until: deadline) else { return cancelled }
    }
    return true
  }
}
