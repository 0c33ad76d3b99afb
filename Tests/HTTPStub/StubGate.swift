import Foundation

/// Holds a reply back until the test opens it, so a test can act while a
/// request is in flight without guessing how long to wait.
public final class StubGate: @unchecked Sendable {
  private let condition = NSCondition()
  private var isOpen = false

  public init() {}

  /// Lets every reply waiting on this gate go ahead.
  public func open() {
    condition.lock()
    isOpen = true
    condition.broadcast()
    condition.unlock()
  }

  func wait() {
    condition.lock()
    while !isOpen { condition.wait() }
    condition.unlock()
  }
}
