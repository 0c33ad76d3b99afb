import Foundation

/// One generated dataset size, cached under `Benchmarks/.cache/` so each size
/// is generated once per seed.
struct BenchDataset {
  static let seed: UInt64 = 20_240_917

  let label: String
  let entityCount: Int
  /// The graph, index and name order, loaded on first use and shared.
  let loaded: LoadedGraph

  /// `10k`, `100k`, `1M` or a plain number.
  init?(label: String) {
    let lowered = label.lowercased()
    let multiplier = lowered.hasSuffix("k") ? 1_000 : lowered.hasSuffix("m") ? 1_000_000 : 1
    let digits = multiplier == 1 ? lowered : String(lowered.dropLast())
    guard let count = Int(digits), count > 0 else { return nil }
    self.label = label
    entityCount = count * multiplier
    loaded = LoadedGraph(path: Self.path(entityCount: count * multiplier))
  }

  static var cacheDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Benchmarks/.cache")
  }

  var path: String { Self.path(entityCount: entityCount) }

  private static func path(entityCount: Int) -> String {
    cacheDirectory.appendingPathComponent("kg-\(entityCount)-seed\(seed).json").path
  }

  var byteCount: Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }

  /// Generates the file unless the cache has it.
  func ensureGenerated(log: (String) -> Void) throws {
    guard !FileManager.default.fileExists(atPath: path) else { return }
    try FileManager.default.createDirectory(
      at: Self.cacheDirectory, withIntermediateDirectories: true)
    log("generating \(label) entities → \(path)")
    let partial = path + ".partial"
    guard var generator = DatasetGenerator(entityCount: entityCount, seed: Self.seed, path: partial)
    else { throw BenchError("cannot write \(partial)") }
    generator.write()
    try FileManager.default.moveItem(atPath: partial, toPath: path)
  }
}
