import Browser
import KnowledgeGraph

/// Opening the entity with the most relations and drawing its screen: a
/// `BrowserState` started on it (with the name order built ahead, as the
/// runner does while loading) plus one `BrowserRenderer.render`.
struct HubBenchmark: Benchmark {
  let name = "hub"
  let size = ScreenSize(columns: 160, rows: 48)

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    let graph = try dataset.loaded.graph()
    let order = try dataset.loaded.order()
    guard let hub = graph.entityIndices.max(by: { graph.degree(of: $0) < graph.degree(of: $1) })
    else { throw BenchError("\(dataset.path) has no entities") }
    let samples = (0..<max(runs, 5)).map { _ in
      milliseconds {
        let state = BrowserState(graph: graph, start: hub, size: size, order: order)
        _ = BrowserRenderer.render(state, size: size)
      }
    }
    return [
      Figure(
        benchmark: name, metric: "open hub + render", unit: "ms", size: dataset.label,
        samples: samples),
      Figure(
        benchmark: name, metric: "hub relations", unit: "count", size: dataset.label,
        samples: [Double(graph.degree(of: hub))]),
    ]
  }
}
