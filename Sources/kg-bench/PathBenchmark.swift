import KnowledgeGraph

/// `PathFinder.shortestPath` between 1,000 seeded random pairs of entities.
/// A run stops early after `budget` so a slow finder cannot stall the suite;
/// the pairs measured are then an unbiased prefix of the random sequence, and
/// their count is reported.
struct PathBenchmark: Benchmark {
  let name = "path"
  let pairCount = 1_000
  let budget = Duration.seconds(60)

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    let graph = try dataset.loaded.graph()
    let finder = PathFinder(graph: graph)
    var random = SeededRandom(seed: 11)
    let pairs = (0..<pairCount).map { _ in
      (EntityIndex(random.below(graph.entityCount)), EntityIndex(random.below(graph.entityCount)))
    }
    let runsLatencies = (0..<runs).map { _ in timeWithinBudget(pairs, finder: finder) }
    return [0.5, 0.99].map { fraction in
      Figure(
        benchmark: name, metric: "shortest path p\(Int(fraction * 100))", unit: "ms",
        size: dataset.label, samples: runsLatencies.map { Percentiles.value(fraction, of: $0) })
    } + [
      Figure(
        benchmark: name, metric: "path pairs measured", unit: "count", size: dataset.label,
        samples: runsLatencies.map { Double($0.count) })
    ]
  }

  private func timeWithinBudget(_ pairs: [(EntityIndex, EntityIndex)], finder: PathFinder)
    -> [Double]
  {
    let clock = ContinuousClock()
    let deadline = clock.now + budget
    var latencies: [Double] = []
    for pair in pairs where clock.now < deadline {
      latencies.append(milliseconds { _ = finder.shortestPath(from: pair.0, to: pair.1) })
    }
    return latencies
  }
}
