import FileInput
import JSONDataset
import KnowledgeGraph

#if canImport(Glibc)
  import Glibc
#endif

/// What one child process reports after loading a dataset.
struct LoadSample: Codable {
  static let childFlag = "--child-load"

  let seconds: Double
  let peakKilobytes: Int
  let entityCount: Int
  let relationCount: Int
  let structureBytes: Int

  /// Loads `path` in this process and measures it; the child's whole job.
  static func measure(path: String) throws -> LoadSample {
    let clock = ContinuousClock()
    var result: Result<Graph, LoadError>?
    let elapsed = clock.measure {
      result = Result { () throws(LoadError) in try DatasetLoader.load(path: path) }
    }
    let graph: Graph
    switch result {
    case .success(let loaded): graph = loaded
    case .failure(let error): throw BenchError(error.message)
    case nil: throw BenchError("cannot load \(path)")
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return LoadSample(
      seconds: elapsed.seconds, peakKilobytes: usage.ru_maxrss, entityCount: graph.entityCount,
      relationCount: graph.relationCount, structureBytes: graph.structureByteCount)
  }
}
