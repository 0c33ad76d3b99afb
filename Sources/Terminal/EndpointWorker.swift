import Browser
import Dispatch
import GraphSearch
import KnowledgeGraph
import SPARQL
import Synchronization

/// Carries out the browser's effects against an endpoint off the input
/// loop: pages (cached), search and paths, posting answers as events tagged
/// with the request's generation, so a late answer never replaces a newer one.
///
/// A new page request cancels the one in flight (the user moved on), and
/// search waits for a pause in typing and cancels the query it overtakes.
final class EndpointWorker: Sendable {
  /// How long typing must pause before a search query is sent.
  static let searchPause = DispatchTimeInterval.milliseconds(150)
  /// Results a search asks for.
  static let searchLimit = 100

  private let source: EndpointSource
  private let mailbox: EventMailbox
  private let cache: Mutex<PageCache>
  /// The page fetched last, which `+` fetches more of even without a cache.
  private let latest = Mutex<FetchedPage?>(nil)
  private let pageRequests = Mutex<[Int: RequestCancellation]>([:])
  private let searchRequest = Mutex<(generation: Int, cancellation: RequestCancellation?)>(
    (Int.min, nil))
  private let queue = DispatchQueue(
    label: "kg.endpoint", qos: .userInitiated, attributes: .concurrent)

  init(source: EndpointSource, mailbox: EventMailbox, cacheCapacity: Int) {
    self.source = source
    self.mailbox = mailbox
    cache = Mutex(PageCache(capacity: cacheCapacity))
  }

  /// Reads or fetches the endpoint's label index in the background, if it
  /// may have one: searches wait for a stored one, ask the endpoint until a
  /// fetched one is ready, then no longer.
  func loadLabelIndex() {
    source.labelIndex?.start(from: source, on: .global(qos: .utility))
  }

  /// Answers from the cache at once, unless `refresh`; otherwise fetches.
  func loadPage(iri: String, generation: Int, refresh: Bool) {
    if !refresh, let fetched = cache.withLock({ $0.page(for: iri) }) {
      latest.withLock { $0 = fetched }
      mailbox.post(.page(generation: generation, page: fetched.shown))
      return
    }
    let cancellation = startPageRequest(generation: generation)
    queue.async {
      self.fetch(generation: generation, cancellation: cancellation) { () throws(EndpointFailure) in
        try self.source.page(for: iri, cancellation: cancellation)
      }
    }
  }

  /// Fetches the next members of a large group of the page of `iri`.
  func loadMore(iri: String, group: PredicateDirection, generation: Int) {
    let cancellation = startPageRequest(generation: generation)
    let known = latest.withLock { $0?.page.iri == iri ? $0?.page : nil }
    queue.async {
      self.fetch(generation: generation, cancellation: cancellation) { () throws(EndpointFailure) in
        let page: EntityPage
        if let known {
          page = known
        } else {
          page = try self.source.page(for: iri, cancellation: cancellation)
        }
        return try self.source.more(of: page, group: group, cancellation: cancellation)
      }
    }
  }

  func cancelPage(generation: Int) {
    pageRequests.withLock { $0.removeValue(forKey: generation)?.cancel() }
  }

  func search(_ query: String, generation: Int) {
    let overtaken = searchRequest.withLock { request in
      defer { request = (generation, nil) }
      return request.cancellation
    }
    overtaken?.cancel()
    queue.asyncAfter(deadline: .now() + Self.searchPause) {
      self.runSearch(query, generation: generation)
    }
  }

  func findPath(from start: String, to goal: String, generation: Int) {
    queue.async {
      do throws(EndpointFailure) {
        let outcome = try self.source.path(from: start, to: goal)
        self.mailbox.post(Self.event(for: outcome, generation: generation))
      } catch {
        self.mailbox.post(
          .endpointPath(generation: generation, steps: nil, graph: nil, message: error.description))
      }
    }
  }

  /// Cancels the page request in flight (the user moved on) and registers this one.
  private func startPageRequest(generation: Int) -> RequestCancellation {
    let cancellation = RequestCancellation()
    pageRequests.withLock { requests in
      for older in requests.values { older.cancel() }
      requests = [generation: cancellation]
    }
    return cancellation
  }

  private func fetch(
    generation: Int, cancellation: RequestCancellation,
    _ body: () throws(EndpointFailure) -> EntityPage
  ) {
    defer { pageRequests.withLock { _ = $0.removeValue(forKey: generation) } }
    do throws(EndpointFailure) {
      let fetched = FetchedPage(try body())
      cache.withLock { $0.store(fetched, for: fetched.page.iri) }
      latest.withLock { $0 = fetched }
      mailbox.post(.page(generation: generation, page: fetched.shown))
    } catch {
      guard !cancellation.isCancelled else { return }
      mailbox.post(.pageFailed(generation: generation, message: error.description))
    }
  }

  /// Runs the search if no newer one came during the pause.
  private func runSearch(_ query: String, generation: Int) {
    let cancellation = RequestCancellation()
    let isNewest = searchRequest.withLock { request in
      guard request.generation == generation else { return false }
      request.cancellation = cancellation
      return true
    }
    guard isNewest else { return }
    do throws(EndpointFailure) {
      let found = try source.search(query, limit: Self.searchLimit, cancellation: cancellation)
      let graph = PageGraph(
        graph: found.graph, entity: nil, isPartial: found.isPartial,
        isFromLabelIndex: found.isFromLabelIndex)
      mailbox.post(
        .endpointSearchResults(generation: generation, results: found.results, graph: graph))
    } catch {
      guard !cancellation.isCancelled else { return }
      mailbox.post(.notice(error.description))
    }
  }

  private static func event(for outcome: EndpointPathOutcome, generation: Int) -> InputEvent {
    switch outcome {
    case .found(let graph, let result, _, _, _):
      return .endpointPath(
        generation: generation, steps: result.paths.first,
        graph: PageGraph(graph: graph, entity: nil), message: nil)
    case .none(let hops, let queries, let isExhausted):
      let budget = isExhausted ? ", when the search reached its budget" : ""
      return .endpointPath(
        generation: generation, steps: nil, graph: nil,
        message: "none within \(hops) hops after \(queries) queries\(budget)")
    }
  }
}
