import Dispatch
import Synchronization

/// A value built on a background thread and waited for on first use: lets
/// the parts of the index and of the browser's name order that are needed
/// only later build while the user already sees the graph.
///
/// It starts building at once, or, when created deferred, on `start()` or
/// first use: a caller that must draw a first screen before anything else
/// keeps the cores for that screen and starts the rest after it.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
  // Written once on the background thread before `group.leave()`, read only after `group.wait()`.
  private var storage: Value?
  private let group = DispatchGroup()
  /// The build, until it has been handed to a background thread.
  private let pending: Mutex<(@Sendable () -> Value)?>

  /// Starts building the value on a background thread at once.
  public convenience init(_ build: @escaping @Sendable () -> Value) {
    self.init(deferred: build)
    start()
  }

  /// Builds the value only once `start()` is called or the value is first used.
  public init(deferred build: @escaping @Sendable () -> Value) {
    pending = Mutex(build)
  }

  /// A value that is already built, for callers that build small values at once.
  public init(ready value: Value) {
    storage = value
    pending = Mutex(nil)
  }

  /// Starts the build on a background thread, unless it has started already.
  /// The group is entered under the lock, so whoever finds the build gone
  /// waits on a group that its builder has already entered.
  public func start() {
    let taken = pending.withLock { pending in
      let build = pending.take()
      if build != nil { group.enter() }
      return build
    }
    guard let build = taken else { return }
    DispatchQueue.global(qos: .userInitiated).async {
      self.storage = build()
      self.group.leave()
    }
  }

  /// The value if it is built, without waiting; nil while it is being built
  /// or before it starts.
  public var readyValue: Value? {
    group.wait(timeout: .now()) == .success ? storage : nil
  }

  /// The value, starting the build if needed and waiting for it to finish.
  public var value: Value {
    start()
    group.wait()
    return storage!
  }
}
