import Browser
import GraphSearch
import JSONDataset
import KnowledgeGraph

/// One dataset loaded once per run and shared by the benchmarks that need a
/// graph (search, paths, rendering, browsing), so the 1M file is not parsed
/// once per benchmark. Loading time itself is measured by `LoadBenchmark`.
final class LoadedGraph {
  let path: String
  private var cachedGraph: Graph?
  private var cachedIndex: SearchIndex?
  private var cachedOrder: EntityOrder?

  init(path: String) { self.path = path }

  func graph() throws -> Graph {
    if let cachedGraph { return cachedGraph }
    do {
      let graph = try DatasetLoader.load(path: path)
      cachedGraph = graph
      return graph
    } catch {
      throw BenchError(error.message)
    }
  }

  /// The search index with its background part finished, so no benchmark
  /// times the build.
  func searchIndex() throws -> SearchIndex {
    if let cachedIndex { return cachedIndex }
    let index = SearchIndex(graph: try graph())
    index.finishBuilding()
    cachedIndex = index
    return index
  }

  func order() throws -> EntityOrder {
    if let cachedOrder { return cachedOrder }
    let order = EntityOrder(graph: try graph())
    cachedOrder = order
    return order
  }
}
