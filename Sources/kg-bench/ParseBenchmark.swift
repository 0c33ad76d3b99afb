import KnowledgeGraph

/// The strict JSON parser alone over the whole file in memory, in MB/s.
struct ParseBenchmark: Benchmark {
  let name = "parse"

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    guard let file = FileContents(path: dataset.path) else {
      throw BenchError("cannot read \(dataset.path)")
    }
    var samples: [Double] = []
    for _ in 0..<runs {
      let clock = ContinuousClock()
      var failure: String?
      let elapsed = clock.measure { failure = file.bytes.withUnsafeBufferPointer(JSONSyntax.check) }
      if let failure { throw BenchError("\(dataset.path): \(failure)") }
      samples.append(Double(file.bytes.count) / 1e6 / elapsed.seconds)
    }
    return [
      Figure(
        benchmark: name, metric: "parser throughput", unit: "MB/s", size: dataset.label,
        samples: samples)
    ]
  }
}
