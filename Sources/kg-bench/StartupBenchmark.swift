import Browser
import Foundation
import KnowledgeGraph

/// Start-up to the first screen, in-process: load the file, build the search
/// index and the name order, start a `BrowserState` and render it once, as
/// `kg browse` does before its first frame (the terminal's own set-up is not
/// included). Measured on every size and on the bundled `data/kg.json`.
struct StartupBenchmark: Benchmark {
  let name = "startup"
  let size = ScreenSize(columns: 160, rows: 48)

  static var bundledPath: String {
    BenchDataset.cacheDirectory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("data/kg.json").path
  }

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    [
      try figure(path: dataset.path, size: dataset.label, runs: runs),
      try figure(path: Self.bundledPath, size: "bundled", runs: max(runs, 20)),
    ]
  }

  private func figure(path: String, size label: String, runs: Int) throws -> Figure {
    var samples: [Double] = []
    for _ in 0..<runs {
      var failure: LoadError?
      samples.append(
        milliseconds {
          do throws(LoadError) {
            let graph = try DatasetLoader.load(path: path)
            let index = SearchIndex(graph: graph)
            let state = BrowserState(graph: graph, start: nil, size: size, searchIndex: index)
            _ = BrowserRenderer.render(state, size: size)
          } catch {
            failure = error
          }
        })
      if let failure { throw BenchError(failure.message) }
    }
    return Figure(
      benchmark: name, metric: "load to first screen", unit: "ms", size: label, samples: samples)
  }
}
