import Foundation
import JSONDataset
import KnowledgeGraph
import RDF

/// The generated graph as N-Triples and as Turtle (written by kg's own
/// exporters from the JSON dataset), loaded to a browsable graph with its
/// whole search index, each run in a fresh child process; and in the same
/// run, the RDF tools users already have on the same files: `serdi`
/// rewriting them to N-Triples on /dev/null, `rapper` counting triples and
/// `oxigraph convert`, when installed.
struct RDFBenchmark: Benchmark {
  let name = "rdf"

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    var figures: [Figure] = []
    for syntax in RDFSyntax.allCases {
      let path = try ensureExported(dataset, syntax)
      Self.warmPageCache(path)
      var loads: [LoadSample] = []
      for _ in 0..<runs { loads.append(try LoadBenchmark.runChild(path, buildsIndex: true)) }
      let label = syntax.label
      func figure(_ metric: String, _ unit: String, _ samples: [Double]) -> Figure {
        Figure(benchmark: name, metric: metric, unit: unit, size: dataset.label, samples: samples)
      }
      figures += [
        figure("\(label) load to graph", "s", loads.map(\.seconds)),
        figure("\(label) to graph with search", "s", loads.map { $0.indexedSeconds ?? 0 }),
        figure("\(label) peak RSS", "MiB", loads.map { Double($0.peakKilobytes) / 1024 }),
        figure("\(label) file size", "MB", [Double(Self.size(of: path)) / 1e6]),
      ]
      for tool in RDFTool.allCases where tool.isInstalled {
        guard let seconds = try tool.time(path, syntax: syntax) else { continue }
        figures.append(figure("\(label) \(tool.rawValue)", "s", [seconds]))
        let median = Percentiles.value(0.5, of: loads.compactMap(\.indexedSeconds))
        figures.append(figure("\(label) kg ÷ \(tool.rawValue)", "×", [median / seconds]))
      }
    }
    return figures
  }

  /// Writes the dataset in `syntax` beside its JSON unless the cache has it;
  /// the SPARQL benchmark loads the same N-Triples into its endpoint.
  func ensureExported(_ dataset: BenchDataset, _ syntax: RDFSyntax) throws -> String {
    let path = String(dataset.path.dropLast(".json".count)) + "." + syntax.fileExtension
    guard !FileManager.default.fileExists(atPath: path) else { return path }
    let partial = path + ".partial"
    try write(try DatasetLoader.load(path: dataset.path), as: syntax, to: partial)
    try FileManager.default.moveItem(atPath: partial, toPath: path)
    return path
  }

  /// The file is closed when the output goes away, at the end of this call.
  private func write(_ graph: Graph, as syntax: RDFSyntax, to path: String) throws {
    guard var output = BufferedFileOutput(path: path) else {
      throw BenchError("cannot write \(path)")
    }
    switch syntax {
    case .nTriples: NTriplesExporter(graph: graph, selection: .whole(graph)).write(to: &output)
    case .turtle: TurtleExporter(graph: graph, selection: .whole(graph)).write(to: &output)
    }
  }

  /// Reads the file through once before anything is timed, so the first
  /// kg run does not pay for the disk while the tools timed after it find
  /// the file in the page cache: every timed run starts warm.
  private static func warmPageCache(_ path: String) {
    guard let file = FileHandle(forReadingAtPath: path) else { return }
    defer { try? file.close() }
    while let chunk = try? file.read(upToCount: 16 << 20), !chunk.isEmpty {}
  }

  private static func size(of path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }
}
