import Foundation
import GraphExport
import JSONDataset
import KnowledgeGraph

/// The generated graph as GraphML (written by `kg export --format graphml`)
/// and as a folder of Neo4j-style CSV files, loaded in fresh child processes
/// beside the same graph in kg's JSON, each to a graph (median of the runs):
/// the bars of the property-graph issue are GraphML within 2× JSON's time
/// and CSV within 1.5×, with peak memory no higher than JSON's.
struct PropertyGraphBenchmark: Benchmark {
  let name = "graphs"

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    let base = String(dataset.path.dropLast(".json".count))
    let graphML = base + ".graphml"
    let csvFolder = base + "-csv"
    try ensureWritten(dataset, graphML: graphML, csvFolder: csvFolder)
    let json = try loads(dataset.path, runs: runs)
    var figures: [Figure] = []
    for (label, path) in [("GraphML", graphML), ("CSV", csvFolder)] {
      let samples = try loads(path, runs: runs)
      func figure(_ metric: String, _ unit: String, _ values: [Double]) -> Figure {
        Figure(benchmark: name, metric: metric, unit: unit, size: dataset.label, samples: values)
      }
      figures += [
        figure("\(label) load to graph", "s", samples.map(\.seconds)),
        figure(
          "\(label) load ÷ JSON load", "×", [median(samples, \.seconds) / median(json, \.seconds)]),
        figure("\(label) peak RSS", "MiB", samples.map { Double($0.peakKilobytes) / 1024 }),
        figure(
          "\(label) peak RSS ÷ JSON", "×",
          [median(samples, \.peakMegabytes) / median(json, \.peakMegabytes)]),
      ]
    }
    figures.append(
      Figure(
        benchmark: name, metric: "JSON load to graph", unit: "s", size: dataset.label,
        samples: json.map(\.seconds)))
    return figures
  }

  private func loads(_ path: String, runs: Int) throws -> [LoadSample] {
    try (0..<runs).map { _ in try LoadBenchmark.runChild(path) }
  }

  private func median(_ samples: [LoadSample], _ value: KeyPath<LoadSample, Double>) -> Double {
    Percentiles.value(0.5, of: samples.map { $0[keyPath: value] })
  }

  private func ensureWritten(_ dataset: BenchDataset, graphML: String, csvFolder: String) throws {
    let manager = FileManager.default
    guard !manager.fileExists(atPath: graphML) || !manager.fileExists(atPath: csvFolder) else {
      return
    }
    let graph = try DatasetLoader.load(path: dataset.path)
    try writeGraphML(graph, to: graphML + ".partial")
    try manager.moveItem(atPath: graphML + ".partial", toPath: graphML)
    try? manager.removeItem(atPath: csvFolder)
    try manager.createDirectory(atPath: csvFolder, withIntermediateDirectories: true)
    try CSVGraphWriter(graph: graph).write(to: csvFolder)
  }

  /// The file is closed when the output goes away, at the end of this call.
  private func writeGraphML(_ graph: Graph, to path: String) throws {
    guard var output = BufferedFileOutput(path: path) else {
      throw BenchError("cannot write \(path)")
    }
    GraphMLExporter(graph: graph, selection: .whole(graph)).write(to: &output)
  }
}
