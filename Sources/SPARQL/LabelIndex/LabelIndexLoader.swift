import Synchronization

/// An endpoint's label index, fetched at most once, on whichever thread
/// asks first, and shared by every copy of the `EndpointSource` that holds
/// it. Until it is ready, or when it cannot be had, search asks the
/// endpoint with `CONTAINS` as before, so nothing ever waits for it.
public final class LabelIndexLoader: Sendable {
  /// Card triples the endpoint may hold for the index to be fetched.
  public let cap: Int
  private let loaded = Mutex(LabelIndexState.notStarted)

  public init(cap: Int = EndpointLabelIndex.defaultCap) {
    self.cap = cap
  }

  public var state: LabelIndexState { loaded.withLock { $0 } }

  /// The index, once fetched.
  public var ready: EndpointLabelIndex? {
    guard case .ready(let index) = state else { return nil }
    return index
  }

  /// Fetches the index from `source` on this thread, if no one has started
  /// to; a failure is kept as the state, never thrown, since the caller
  /// goes on with `CONTAINS` either way.
  public func load(from source: EndpointSource, cancellation: RequestCancellation? = nil) {
    let isFirst = loaded.withLock { state in
      guard case .notStarted = state else { return false }
      state = .loading
      return true
    }
    guard isFirst else { return }
    let outcome: LabelIndexState
    do throws(EndpointFailure) {
      outcome = .ready(
        try EndpointLabelIndex.fetch(from: source, cap: cap, cancellation: cancellation))
    } catch {
      outcome = .unavailable(reason: error.description)
    }
    loaded.withLock { $0 = outcome }
  }
}
