import Foundation

/// pg-bench: loads one synthetic graph as kg JSON, GraphML and a Neo4j CSV
/// pair, each in a fresh child process, and prints the median load time and
/// peak RSS of each format and their ratio to JSON.
///
///     swift run -c release pg-bench [--sizes 100k,1M] [--runs 3] [--dir /tmp/pg-bench]
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: String) -> String {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
    return value
  }
  return arguments[index + 1]
}

func nodeCount(_ label: String) -> Int {
  let lower = label.lowercased()
  if lower.hasSuffix("m") { return (Int(lower.dropLast()) ?? 1) * 1_000_000 }
  if lower.hasSuffix("k") { return (Int(lower.dropLast()) ?? 1) * 1_000 }
  return Int(lower) ?? 1_000
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func benchmark() throws {
  let runs = Int(option("--runs", default: "3")) ?? 3
  let directory = option("--dir", default: NSTemporaryDirectory() + "pg-bench")
  print(
    "size | format | file MB | load s (median) | CPU s (median) | peak RSS MiB"
      + " | time vs JSON | RSS vs JSON")
  for label in option("--sizes", default: "100k,1M").split(separator: ",") {
    let files = GraphFiles(
      graph: SyntheticGraph(nodeCount: nodeCount(String(label))), directory: directory)
    try files.writeMissing()
    var json: (seconds: Double, peak: Double)?
    for format in InputFormat.allCases {
      let paths = format.paths(files)
      let results = try (0..<runs).map { _ in try ChildLoad.measure(format: format, paths: paths) }
      let seconds = median(results.map(\.seconds))
      let peak = median(results.map(\.peakMiB))
      let cpu = median(results.map(\.cpuSeconds))
      let base = json ?? (seconds, peak)
      json = base
      let megabytes = paths.reduce(0.0) { total, path in
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return total + Double(size) / 1e6
      }
      print(
        "\(label) | \(format.rawValue) | \(String(format: "%.0f", megabytes))"
          + " | \(String(format: "%.2f", seconds)) | \(String(format: "%.2f", cpu))"
          + " | \(String(format: "%.0f", peak))"
          + " | \(String(format: "%.2f", seconds / base.seconds))×"
          + " | \(String(format: "%.2f", peak / base.peak))×"
          + " | \(results[0].entities) entities, \(results[0].relations) relations")
    }
  }
}

do {
  if arguments.first == ChildLoad.flag, arguments.count >= 3,
    let format = InputFormat(rawValue: arguments[1])
  {
    try ChildLoad.run(format: format, paths: Array(arguments.dropFirst(2)))
  } else {
    try benchmark()
  }
} catch {
  FileHandle.standardError.write(Data("pg-bench: \(error)\n".utf8))
  exit(1)
}
