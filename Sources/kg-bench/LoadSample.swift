import FileInput
import GraphFormats
import GraphSearch
import KnowledgeGraph
import RDF

#if canImport(Glibc)
  import Glibc
#endif

/// What one child process reports after loading a dataset.
struct LoadSample: Codable {
  static let childFlag = "--child-load"
  /// After the path: also build the whole search index and time the two together.
  static let indexFlag = "--index"

  let seconds: Double
  let peakKilobytes: Int
  let entityCount: Int
  let relationCount: Int
  let structureBytes: Int
  var peakMegabytes: Double { Double(peakKilobytes) / 1024 }

  /// Seconds to the graph and its whole search index, when asked for.
  var indexedSeconds: Double?

  /// Loads `path` in this process, in whatever format its name says, and
  /// measures it; the child's whole job.
  static func measure(path: String, buildsIndex: Bool = false) throws -> LoadSample {
    let clock = ContinuousClock()
    let start = clock.now
    var result: Result<Graph, LoadError>?
    let elapsed = clock.measure {
      result = Result { () throws(LoadError) in
        try GraphLoader.load(
          path: path,
          options: LoadOptions(rdf: RDFLoadOptions(languages: LanguagePreference(tags: ["en"]))))
      }
    }
    let graph: Graph
    switch result {
    case .success(let loaded): graph = loaded
    case .failure(let error): throw BenchError(error.message)
    case nil: throw BenchError("cannot load \(path)")
    }
    var indexed: Double?
    if buildsIndex {
      SearchIndex(graph: graph).finishBuilding()
      indexed = (clock.now - start).seconds
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return LoadSample(
      seconds: elapsed.seconds, peakKilobytes: usage.ru_maxrss, entityCount: graph.entityCount,
      relationCount: graph.relationCount, structureBytes: graph.structureByteCount,
      indexedSeconds: indexed)
  }
}
