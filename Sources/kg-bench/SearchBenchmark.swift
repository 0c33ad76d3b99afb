import KnowledgeGraph

/// Search latency with a finished index, top 100: each of the 200 seeded
/// queries from scratch (`SearchIndex.search`), and typed one character at a
/// time into a fresh `SearchSession`, timing every keystroke.
struct SearchBenchmark: Benchmark {
  let name = "search"
  let limit = 100

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    let index = try dataset.loaded.searchIndex()
    let queries = BenchQueries.make(for: index.graph)
    var single: [[Double]] = []
    var typing: [[Double]] = []
    for _ in 0..<runs {
      single.append(queries.map { query in milliseconds { _ = index.search(query, limit: limit) } })
      typing.append(queries.flatMap(typeKeystrokes(index)))
    }
    func figure(_ metric: String, _ fraction: Double, _ latencies: [[Double]]) -> Figure {
      Figure(
        benchmark: name, metric: metric, unit: "ms", size: dataset.label,
        samples: latencies.map { Percentiles.value(fraction, of: $0) })
    }
    return [
      figure("search single p50", 0.5, single),
      figure("search single p99", 0.99, single),
      figure("search typing p50", 0.5, typing),
      figure("search typing p99", 0.99, typing),
    ]
  }

  private func typeKeystrokes(_ index: SearchIndex) -> (String) -> [Double] {
    { query in
      let session = index.makeSession()
      return (1...query.count).map { length in
        let typed = String(query.prefix(length))
        return milliseconds { _ = session.search(typed, limit: limit) }
      }
    }
  }
}

/// Wall-clock milliseconds that `work` takes.
func milliseconds(_ work: () -> Void) -> Double {
  ContinuousClock().measure(work).seconds * 1000
}
