import Browser
import GraphSearch
import KnowledgeGraph

#if canImport(Glibc)
  import Glibc
#endif

/// "Memory does not grow while browsing": 10,000 scripted key presses through
/// `BrowserState.handle`, each followed by a render, in cycles of searching
/// (`/`, three characters, Enter), following relations and going back. Search
/// effects are answered as the terminal runner does (one `SearchSession` for
/// every search, top 1,000). Reports resident memory before and after, and its growth.
struct BrowsingBenchmark: Benchmark {
  let name = "browse"
  let eventCount = 10_000
  let searchLimit = 1_000
  let size = ScreenSize(columns: 160, rows: 48)

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    let index = try dataset.loaded.searchIndex()
    let queries = BenchQueries.make(for: index.graph)
    var state = BrowserState(
      graph: index.graph, start: nil, size: size, order: try dataset.loaded.order(),
      searchIndex: index)
    _ = BrowserRenderer.render(state, size: size)
    let session = index.makeSession()
    let before = ResidentMemory.current()
    var latencies: [Double] = []
    for key in script(queries: queries) {
      latencies.append(milliseconds { press(key, on: &state, session: session) })
    }
    let after = ResidentMemory.current()
    func figure(_ metric: String, _ unit: String, _ value: Double) -> Figure {
      Figure(benchmark: name, metric: metric, unit: unit, size: dataset.label, samples: [value])
    }
    return [
      figure("browse RSS before", "MiB", before),
      figure("browse RSS after 10k events", "MiB", after),
      figure("browse RSS growth", "%", (after - before) / before * 100),
      figure("browse event+render p99", "ms", Percentiles.value(0.99, of: latencies)),
    ]
  }

  /// The key presses: cycles of 12 keys until there are `eventCount`.
  private func script(queries: [String]) -> [Key] {
    var keys: [Key] = []
    var cycle = 0
    while keys.count < eventCount {
      let typed = queries[cycle % queries.count].prefix(3).map { Key.character($0) }
      keys += [.character("/")] + typed + [.enter]
      keys += [.down, .enter, .down, .down, .enter, .character("["), .character("[")]
      cycle += 1
    }
    return Array(keys.prefix(eventCount))
  }

  private func press(_ key: Key, on state: inout BrowserState, session: SearchSession) {
    for effect in state.handle(.key(key)) {
      if case .search(let query, let generation) = effect {
        let results = session.search(query, limit: searchLimit)
        _ = state.handle(.searchResults(generation: generation, results: results))
      }
    }
    _ = BrowserRenderer.render(state, size: size)
  }
}
