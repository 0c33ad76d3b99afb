import Browser
import FileInput
import Foundation
import GraphSearch
import JSONDataset
import KnowledgeGraph

/// Start-up to the first screen, in-process (the terminal's own set-up is not
/// included), measured on every size and on the bundled `data/kg.json`, two
/// ways:
/// - with the search index built first, which is the issue's "browsable
///   graph": the index's foreground part and the name order's first page are
///   worked out before the first screen, and their background parts (the
///   slot columns, the description index, the rest of the name order) start
///   only once it is drawn. The same sample then times five searches typed
///   at once (answered before the slot columns are built, by treating every
///   entity as a candidate), and how long the whole index takes to finish.
/// - as `kg browse` draws its first frame: the search index is left to a
///   background thread and the name order sorts its rest in the background;
///   once on the entity list (`--open`-less start of earlier versions) and
///   once on the home screen, whose type counts and hubs come later.
/// Each sample waits for its background work to end before the next starts.
struct StartupBenchmark: Benchmark {
  let name = "startup"
  let size = ScreenSize(columns: 160, rows: 48)

  static var bundledPath: String {
    BenchDataset.cacheDirectory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("data/kg.json").path
  }

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    try indexFirst(path: dataset.path, size: dataset.label, runs: runs)
      + indexFirst(path: Self.bundledPath, size: "bundled", runs: max(runs, 20))
      + [
        try indexInBackground(path: dataset.path, size: dataset.label, runs: runs, home: false),
        try indexInBackground(path: dataset.path, size: dataset.label, runs: runs, home: true),
        try indexInBackground(
          path: Self.bundledPath, size: "bundled", runs: max(runs, 20), home: false),
      ]
  }

  private func indexFirst(path: String, size label: String, runs: Int) throws -> [Figure] {
    var firstScreen: [Double] = []
    var wholeIndex: [Double] = []
    var earlySearches: [Double] = []
    for _ in 0..<runs {
      let clock = ContinuousClock()
      let start = clock.now
      let graph = try load(path)
      let index = SearchIndex(graph: graph, startsBackgroundWork: false)
      let order = EntityOrder(graph: graph, startsSorting: false)
      render(graph, order: order, index: index)
      firstScreen.append((clock.now - start).seconds * 1000)
      index.startBackgroundWork()
      order.startSorting()
      for query in BenchQueries.make(for: graph).prefix(5) {
        earlySearches.append(milliseconds { _ = index.search(query, limit: 100) })
      }
      index.finishBuilding()
      wholeIndex.append((clock.now - start).seconds * 1000)
      order.finishSorting()
    }
    return [
      Figure(
        benchmark: name, metric: "load to first screen", unit: "ms", size: label,
        samples: firstScreen),
      Figure(
        benchmark: name, metric: "load to whole search index", unit: "ms", size: label,
        samples: wholeIndex),
      Figure(
        benchmark: name, metric: "search right after first screen", unit: "ms", size: label,
        samples: earlySearches),
    ]
  }

  private func indexInBackground(path: String, size label: String, runs: Int, home: Bool) throws
    -> Figure
  {
    var samples: [Double] = []
    for _ in 0..<runs {
      var order: EntityOrder?
      let elapsed = try ContinuousClock().measure {
        let graph = try load(path)
        order = EntityOrder(graph: graph)
        render(graph, order: order!, index: nil, home: home)
      }
      samples.append(elapsed.seconds * 1000)
      order?.finishSorting()
    }
    return Figure(
      benchmark: name,
      metric: home ? "home screen, index in background" : "first screen, index in background",
      unit: "ms", size: label,
      samples: samples)
  }

  private func load(_ path: String) throws -> Graph {
    do throws(LoadError) {
      return try DatasetLoader.load(path: path)
    } catch {
      throw BenchError(error.message)
    }
  }

  private func render(_ graph: Graph, order: EntityOrder, index: SearchIndex?, home: Bool = false) {
    let state = BrowserState(
      graph: graph, start: nil, size: size, order: order, searchIndex: index, startsAtHome: home)
    _ = BrowserRenderer.render(state, size: size)
  }
}
