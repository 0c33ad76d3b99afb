import Browser
import Foundation
import KnowledgeGraph

/// Start-up to the first screen, in-process (the terminal's own set-up is not
/// included), measured on every size and on the bundled `data/kg.json`, two
/// ways: with the search index built first, which is the issue's "browsable
/// graph"; and as `kg browse` draws its first frame, with the search index
/// left to background threads. Either way the name order's first page is
/// known at once and the rest is sorted in the background. Each sample
/// waits for its background work to end before the next one starts.
struct StartupBenchmark: Benchmark {
  let name = "startup"
  let size = ScreenSize(columns: 160, rows: 48)

  static var bundledPath: String {
    BenchDataset.cacheDirectory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("data/kg.json").path
  }

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    [
      try figure(path: dataset.path, size: dataset.label, runs: runs, indexFirst: true),
      try figure(path: Self.bundledPath, size: "bundled", runs: max(runs, 20), indexFirst: true),
      try figure(path: dataset.path, size: dataset.label, runs: runs, indexFirst: false),
      try figure(path: Self.bundledPath, size: "bundled", runs: max(runs, 20), indexFirst: false),
    ]
  }

  private func figure(path: String, size label: String, runs: Int, indexFirst: Bool) throws
    -> Figure
  {
    var samples: [Double] = []
    for _ in 0..<runs {
      var failure: LoadError?
      var background: (index: SearchIndex?, order: EntityOrder?)
      samples.append(
        milliseconds {
          do throws(LoadError) {
            let graph = try DatasetLoader.load(path: path)
            let index = indexFirst ? SearchIndex(graph: graph) : nil
            let order = EntityOrder(graph: graph)
            let state = BrowserState(
              graph: graph, start: nil, size: size, order: order, searchIndex: index)
            _ = BrowserRenderer.render(state, size: size)
            background = (index, order)
          } catch {
            failure = error
          }
        })
      if let failure { throw BenchError(failure.message) }
      background.index?.finishBuilding()
      background.order?.finishSorting()
    }
    return Figure(
      benchmark: name,
      metric: indexFirst ? "load to first screen" : "first screen, index in background",
      unit: "ms", size: label, samples: samples)
  }
}
