import Foundation

/// Other tools on the same file, in the same run: python3 `json.load` (time
/// and peak RSS via `/usr/bin/time -v`), and `kg stats` on the bundled data
/// through `hyperfine` (a whole process, exec to exit).
struct ToolsBenchmark: Benchmark {
  let name = "tools"

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    let python = try timed(
      ["python3", "-c", "import json,sys; json.load(open(sys.argv[1], 'rb'))", dataset.path])
    var figures = [
      Figure(
        benchmark: name, metric: "python3 json.load", unit: "s", size: dataset.label,
        samples: [python.seconds]),
      Figure(
        benchmark: name, metric: "python3 json.load peak RSS", unit: "MiB", size: dataset.label,
        samples: [python.peakMiB]),
    ]
    if let stats = try kgStatsOnBundled() {
      figures.append(
        Figure(
          benchmark: name, metric: "kg stats process (hyperfine)", unit: "ms", size: "bundled",
          samples: [stats]))
    }
    return figures
  }

  /// Runs `arguments` under `/usr/bin/time -v`: wall seconds and peak RSS.
  private func timed(_ arguments: [String]) throws -> (seconds: Double, peakMiB: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-v"] + arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let seconds = (clock.now - start).seconds
    guard process.terminationStatus == 0,
      let line = report.split(separator: "\n").first(where: {
        $0.contains("Maximum resident set size")
      }),
      let kilobytes = Double(
        line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "")
    else { throw BenchError("\(arguments.joined(separator: " ")) failed:\n\(report)") }
    return (seconds, kilobytes / 1024)
  }

  /// Mean milliseconds of `kg stats --data data/kg.json` per `hyperfine`, or
  /// nil when hyperfine or a release `kg` is missing.
  private func kgStatsOnBundled() throws -> Double? {
    let kg = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("kg").path
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/hyperfine"),
      FileManager.default.isExecutableFile(atPath: kg)
    else { return nil }
    let export = NSTemporaryDirectory() + "kg-bench-hyperfine.json"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/hyperfine")
    process.arguments = [
      "--warmup", "3", "--runs", "30", "-N", "--export-json", export,
      "\(kg) stats --data \(StartupBenchmark.bundledPath)",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let data = FileManager.default.contents(atPath: export),
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let results = object["results"] as? [[String: Any]],
      let mean = results.first?["mean"] as? Double
    else { return nil }
    return mean * 1000
  }
}
