import Dispatch
import Synchronization

/// An endpoint's label index, fetched at most once, on whichever thread
/// asks first, and shared by every copy of the `EndpointSource` that holds
/// it. Until it is ready, or when it cannot be had, search asks the
/// endpoint with `CONTAINS` as before, so nothing ever waits for it.
///
/// With a `file`, the index fetched is kept there, and the next session
/// reads it back instead (a second or two at 100k entities, where fetching
/// takes 13 s), then asks the endpoint for its count of card triples: one
/// query. Only when that count changed is the index fetched again, while
/// search goes on with the stored one. A search that comes while the
/// stored index is being read waits for it: reading a local file is
/// bounded and quicker than one `CONTAINS` query on a large endpoint.
public final class LabelIndexLoader: Sendable {
  /// Card triples the endpoint may hold for the index to be fetched.
  public let cap: Int
  /// Where the index is kept between sessions; nil: it is not (`--no-cache`).
  public let file: LabelIndexFile?
  private let loaded = Mutex(LabelIndexState.notStarted)
  /// Entered while the stored index is read.
  private let reading = DispatchGroup()

  public init(cap: Int = EndpointLabelIndex.defaultCap, file: LabelIndexFile? = nil) {
    self.cap = cap
    self.file = file
  }

  public var state: LabelIndexState { loaded.withLock { $0 } }

  /// The index, once read or fetched.
  public var ready: EndpointLabelIndex? {
    guard case .ready(let index) = state else { return nil }
    return index
  }

  /// The index for a search: once the stored one, if any, has been read.
  var forSearch: EndpointLabelIndex? {
    reading.wait()
    return ready
  }

  /// Reads the stored index or fetches it from `source`, on this thread,
  /// if no one has started to; a failure is kept as the state, never
  /// thrown, since the caller goes on with `CONTAINS` either way.
  public func load(from source: EndpointSource, cancellation: RequestCancellation? = nil) {
    guard claim() else { return }
    run(from: source, cancellation: cancellation)
  }

  /// Loads on `queue`, as `load` does, but claims the load on this thread
  /// first, so that a search from now on waits for a stored index.
  public func start(from source: EndpointSource, on queue: DispatchQueue) {
    guard claim() else { return }
    queue.async { self.run(from: source, cancellation: nil) }
  }

  /// Whether this caller is the first to load.
  private func claim() -> Bool {
    loaded.withLock { state in
      guard case .notStarted = state else { return false }
      state = .loading
      reading.enter()
      return true
    }
  }

  private func run(from source: EndpointSource, cancellation: RequestCancellation?) {
    let stored = storedIndex(for: source)
    if let stored { loaded.withLock { $0 = .ready(stored) } }
    reading.leave()
    if let stored {
      refresh(stored, from: source, cancellation: cancellation)
    } else {
      let outcome = fetch(from: source, counted: nil, cancellation: cancellation)
      loaded.withLock { $0 = outcome }
    }
  }

  private func storedIndex(for source: EndpointSource) -> EndpointLabelIndex? {
    guard let stored = file?.read() else { return nil }
    return try? EndpointLabelIndex(stored: stored, source: source)
  }

  /// Fetches the index again if the endpoint's count differs from the
  /// stored one, keeping the stored index until the new one is ready, or
  /// for good if the fetch fails; an endpoint now over the cap loses it.
  private func refresh(
    _ stored: EndpointLabelIndex, from source: EndpointSource,
    cancellation: RequestCancellation?
  ) {
    guard
      let count = try? EndpointLabelIndex.cardCount(
        at: source, cap: cap, cancellation: cancellation),
      count != stored.endpointCount
    else { return }
    let outcome = fetch(from: source, counted: count, cancellation: cancellation)
    if case .ready = outcome {
      loaded.withLock { $0 = outcome }
    } else if count > cap {
      file?.remove()
      loaded.withLock { $0 = outcome }
    }
  }

  private func fetch(
    from source: EndpointSource, counted: Int?, cancellation: RequestCancellation?
  ) -> LabelIndexState {
    do throws(EndpointFailure) {
      let index = try EndpointLabelIndex.fetch(
        from: source, cap: cap, counted: counted, cancellation: cancellation)
      file?.write(index.stored)
      return .ready(index)
    } catch {
      return .unavailable(reason: error.description)
    }
  }
}
