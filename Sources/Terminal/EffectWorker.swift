import Browser
import Dispatch
import GraphSearch
import KnowledgeGraph
import Synchronization

/// Runs the browser's slow effects (search, path finding) off the input loop,
/// so typing never waits on them, and posts the answers back as events tagged
/// with the request's generation.
///
/// A request that a newer one of the same kind has overtaken before it started
/// is skipped, so fast typing does not build a backlog. The browser core drops
/// any stale answer that still arrives.
final class EffectWorker: Sendable {
  /// How many ranked hits a search returns to the browser.
  static let searchLimit = 1000

  private let graph: Graph
  private let mailbox: EventMailbox
  private let searchQueue = DispatchQueue(label: "kg.search", qos: .userInitiated)
  private let pathQueue = DispatchQueue(label: "kg.path", qos: .userInitiated)
  private let index = Mutex<SearchIndex?>(nil)
  /// The typing session, which reuses the previous query's matches when the new
  /// query extends it. Only the serial search queue touches it, which is what
  /// makes the unchecked access safe.
  nonisolated(unsafe) private var session: SearchSession?
  private let newestSearch = Atomic<Int>(Int.min)
  private let newestPath = Atomic<Int>(Int.min)

  init(graph: Graph, mailbox: EventMailbox) {
    self.graph = graph
    self.mailbox = mailbox
  }

  /// Builds the search index in the background, so the first screen shows
  /// at once and the first search finds the index ready or nearly so.
  func prepareSearchIndex() {
    searchQueue.async { _ = self.searchIndex() }
  }

  func search(_ query: String, generation: Int) {
    newestSearch.store(generation, ordering: .relaxed)
    searchQueue.async {
      guard generation >= self.newestSearch.load(ordering: .relaxed) else { return }
      let results = self.typingSession().search(query, limit: Self.searchLimit)
      self.mailbox.post(.searchResults(generation: generation, results: results))
    }
  }

  func findPath(from start: EntityIndex, to goal: EntityIndex, generation: Int) {
    newestPath.store(generation, ordering: .relaxed)
    pathQueue.async {
      guard generation >= self.newestPath.load(ordering: .relaxed) else { return }
      let steps = PathFinder(graph: self.graph).shortestPath(from: start, to: goal)
      self.mailbox.post(.pathResult(generation: generation, steps: steps))
    }
  }

  /// Counts types and finds hubs for the home screen off the input loop.
  func prepareHomeStatistics() {
    DispatchQueue.global(qos: .userInitiated).async {
      self.mailbox.post(.homeStatistics(HomeStatistics(graph: self.graph)))
    }
  }

  /// Writes an `:export` file off the input loop and reports how it went.
  func export(_ request: ExportRequest, home: String?) {
    pathQueue.async {
      self.mailbox.post(.notice(NeighbourhoodExport.run(request, graph: self.graph, home: home)))
    }
  }

  /// The index once it is built, so the browser can offer "did you mean"
  /// suggestions; nil while it is still being built.
  var readyIndex: SearchIndex? { index.withLock { $0 } }

  /// Only ever called on the search queue.
  private func typingSession() -> SearchSession {
    if let existing = session { return existing }
    let created = searchIndex().makeSession()
    session = created
    return created
  }

  /// Only ever called on the search queue, so the index is built once.
  private func searchIndex() -> SearchIndex {
    if let built = index.withLock({ $0 }) { return built }
    let built = SearchIndex(graph: graph)
    index.withLock { $0 = built }
    return built
  }
}
