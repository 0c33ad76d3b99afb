import Foundation

/// A Boolean shared between threads.
final class LockedFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false

  var value: Bool { lock.withLock { flag } }

  func set(_ newValue: Bool) { lock.withLock { flag = newValue } }
}
