/// Waits for a condition by polling, with a deadline generous enough for a
/// loaded two-core machine; tests never sleep a fixed time and hope.
enum Polling {
  static let defaultTimeout: Duration = .seconds(45)
  static let interval: Duration = .milliseconds(50)

  /// The first non-nil value `probe` returns, or nil when the deadline passes.
  static func value<T>(
    within timeout: Duration = defaultTimeout, _ probe: () async throws -> T?
  ) async rethrows -> T? {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let value = try await probe() { return value }
      guard ContinuousClock.now < deadline else { return nil }
      try? await Task.sleep(for: interval)
    }
  }

  /// True as soon as `condition` holds; false when the deadline passes first.
  static func until(
    within timeout: Duration = defaultTimeout, _ condition: () async throws -> Bool
  ) async rethrows -> Bool {
    try await value(within: timeout) { try await condition() ? true : nil } ?? false
  }
}
