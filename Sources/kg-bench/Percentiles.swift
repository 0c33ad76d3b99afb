/// Nearest-rank percentiles of latency samples, for p50/p99 figures.
enum Percentiles {
  static func value(_ fraction: Double, of samples: [Double]) -> Double {
    guard !samples.isEmpty else { return 0 }
    let sorted = samples.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(sorted.count - 1, max(0, rank))]
  }
}
