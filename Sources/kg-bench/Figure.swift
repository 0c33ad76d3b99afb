/// One measured figure at one dataset size: the median of its samples.
struct Figure: Codable {
  let benchmark: String
  let metric: String
  let unit: String
  let size: String
  let value: Double
  let samples: [Double]

  init(benchmark: String, metric: String, unit: String, size: String, samples: [Double]) {
    self.benchmark = benchmark
    self.metric = metric
    self.unit = unit
    self.size = size
    self.samples = samples
    let sorted = samples.sorted()
    value = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  /// Size-independent figures (the bundled dataset) are measured with every
  /// size; the suite keeps the first.
  func isSameFigure(as other: Figure) -> Bool {
    benchmark == other.benchmark && metric == other.metric && size == other.size
  }
}
