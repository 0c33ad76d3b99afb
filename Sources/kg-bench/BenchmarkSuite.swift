import Foundation

/// Runs the chosen benchmarks over the chosen sizes and reports the figures.
struct BenchmarkSuite {
  static let all: [any Benchmark] = [
    ParseBenchmark(), LoadBenchmark(), StartupBenchmark(), SearchBenchmark(), FzfBenchmark(),
    PathBenchmark(), HubBenchmark(), BrowsingBenchmark(), ToolsBenchmark(), RDFBenchmark(),
    PropertyGraphBenchmark(), SPARQLBenchmark(),
  ]

  let sizes: [BenchDataset]
  let benchmarks: [any Benchmark]
  let runs: Int

  func run(log: (String) -> Void) throws -> [Figure] {
    var figures: [Figure] = []
    for dataset in sizes {
      try dataset.ensureGenerated(log: log)
      for benchmark in benchmarks {
        log("\(benchmark.name) \(dataset.label): \(runs) runs")
        let measured = try benchmark.measure(dataset, runs: runs)
        figures += measured.filter { new in !figures.contains { $0.isSameFigure(as: new) } }
      }
    }
    return figures
  }

  /// A table with one row per figure and one column per size.
  static func table(_ figures: [Figure], sizes: [String]) -> String {
    var rows: [(String, String)] = []
    for figure in figures where !rows.contains(where: { $0 == (figure.benchmark, figure.metric) }) {
      rows.append((figure.benchmark, figure.metric))
    }
    let header = ["figure".padding(40)] + sizes.map { $0.leftPadding(12) }
    var lines = [header.joined(), String(repeating: "-", count: 40 + 12 * sizes.count)]
    for (benchmark, metric) in rows {
      let matching = figures.filter { $0.benchmark == benchmark && $0.metric == metric }
      let unit = matching.first?.unit ?? ""
      let cells = sizes.map { size in
        matching.first { $0.size == size }.map { format($0.value) } ?? "-"
      }
      lines.append(("\(metric) (\(unit))").padding(40) + cells.map { $0.leftPadding(12) }.joined())
    }
    return lines.joined(separator: "\n")
  }

  private static func format(_ value: Double) -> String {
    value >= 100 ? String(Int(value.rounded())) : String(format: "%.2f", value)
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  fileprivate func leftPadding(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
