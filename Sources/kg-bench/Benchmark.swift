/// A family of figures measured on each dataset size. Adding a benchmark
/// (search, paths, rendering) means adding one type that conforms, and
/// listing it in `BenchmarkSuite.all`.
protocol Benchmark: Sendable {
  /// The name used with `--only` and in the table.
  var name: String { get }

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure]
}
