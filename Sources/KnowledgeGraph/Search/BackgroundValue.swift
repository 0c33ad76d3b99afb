import Dispatch

/// A value built on a background thread as soon as it is created, and waited
/// for on first use: lets the parts of the index and of the browser's name
/// order that are needed only later build while the user already sees the graph.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
  // Written once on the background thread before `group.leave()`, read only after `group.wait()`.
  private var storage: Value?
  private let group = DispatchGroup()

  /// Starts building the value on a background thread at once.
  public init(_ build: @escaping @Sendable () -> Value) {
    group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.storage = build()
      self.group.leave()
    }
  }

  /// A value that is already built, for callers that build small values at once.
  public init(ready value: Value) {
    storage = value
  }

  /// The value, waiting for the build to finish if needed.
  public var value: Value {
    group.wait()
    return storage!
  }
}
