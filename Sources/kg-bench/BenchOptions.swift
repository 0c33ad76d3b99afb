/// `kg-bench [--sizes 10k,100k,1M] [--runs N] [--only parse,load] [--json FILE]`.
struct BenchOptions {
  var sizes = ["10k", "100k", "1M"]
  var runs = 5
  var only: [String]?
  var jsonPath = BenchDataset.cacheDirectory.appendingPathComponent("results.json").path

  static let usage = """
    usage: kg-bench [--sizes 10k,100k,1M] [--runs N] [--only parse,load] [--json FILE]
    Generates seeded datasets (cached in Benchmarks/.cache/), measures each benchmark,
    prints a table of medians and writes all samples as JSON.
    """

  init(arguments: [String]) throws {
    var remaining = arguments[...]
    while let flag = remaining.popFirst() {
      guard let value = remaining.popFirst() else { throw BenchError(Self.usage) }
      switch flag {
      case "--sizes": sizes = value.split(separator: ",").map(String.init)
      case "--runs":
        guard let count = Int(value), count > 0 else { throw BenchError(Self.usage) }
        runs = count
      case "--only": only = value.split(separator: ",").map(String.init)
      case "--json": jsonPath = value
      default: throw BenchError(Self.usage)
      }
    }
  }
}
