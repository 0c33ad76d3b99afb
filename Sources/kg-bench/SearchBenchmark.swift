import Foundation
import GraphSearch
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
    reportSlowest(queries, latencies: single[0], label: "\(dataset.label) from scratch")
    let keystrokes = queries.flatMap { query in (1...query.count).map { String(query.prefix($0)) } }
    reportSlowest(keystrokes, latencies: typing[0], label: "\(dataset.label) typing")
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

  /// Names the five slowest queries on stderr, to show what limits the tail.
  private func reportSlowest(_ queries: [String], latencies: [Double], label: String) {
    let slowest = zip(queries, latencies).sorted { $0.1 > $1.1 }.prefix(5)
    let list = slowest.map { "\"\($0.0)\" \(Int($0.1.rounded())) ms" }.joined(separator: ", ")
    FileHandle.standardError.write(Data("kg-bench: slowest searches at \(label): \(list)\n".utf8))
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
