import Foundation
import KnowledgeGraph

/// `fzf --filter` on the same names and aliases as `kg`'s search, one process
/// per query (fzf has no resident index), with the same 200 queries: the
/// comparison the scale issue asks for, measured in the same run.
struct FzfBenchmark: Benchmark {
  let name = "fzf"
  let fzfPath = "/usr/bin/fzf"

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    guard FileManager.default.isExecutableFile(atPath: fzfPath) else {
      throw BenchError("fzf not found at \(fzfPath); apt-get install fzf")
    }
    let graph = try dataset.loaded.graph()
    let namesPath = dataset.path + ".names"
    try namesFile(graph).write(to: URL(fileURLWithPath: namesPath))
    defer { try? FileManager.default.removeItem(atPath: namesPath) }
    let queries = BenchQueries.make(for: graph)
    var latencies: [Double] = []
    for query in queries { latencies.append(try filter(query, namesPath: namesPath)) }
    return [0.5, 0.99].map { fraction in
      Figure(
        benchmark: name, metric: "fzf --filter p\(Int(fraction * 100))", unit: "ms",
        size: dataset.label, samples: [Percentiles.value(fraction, of: latencies)])
    }
  }

  /// One line per name and alias, as fzf reads its candidates.
  private func namesFile(_ graph: Graph) -> Data {
    var text = ""
    for entity in graph.entityIndices {
      for name in [graph.name(of: entity)] + graph.aliases(of: entity) {
        text += name
        text += "\n"
      }
    }
    return Data(text.utf8)
  }

  /// Milliseconds from spawning `fzf --filter` to its exit, output discarded.
  private func filter(_ query: String, namesPath: String) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: fzfPath)
    process.arguments = ["--filter", query]
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: namesPath))
    process.standardOutput = FileHandle.nullDevice
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    process.waitUntilExit()
    return (clock.now - start).seconds * 1000
  }
}
