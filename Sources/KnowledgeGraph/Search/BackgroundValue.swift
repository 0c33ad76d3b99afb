import Dispatch

/// A value built on a background thread as soon as it is created, and waited
/// for on first use: lets the part of the index that is needed only later
/// (descriptions) build while the user already sees the graph.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
  // Written once on the background thread before `group.leave()`, read only after `group.wait()`.
  private var storage: Value?
  private let group = DispatchGroup()

  init(_ build: @escaping @Sendable () -> Value) {
    group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.storage = build()
      self.group.leave()
    }
  }

  /// The value, waiting for the build to finish if needed.
  var value: Value {
    group.wait()
    return storage!
  }
}
