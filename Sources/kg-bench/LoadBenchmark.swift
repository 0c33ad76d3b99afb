import Foundation

/// Loading the file to a browsable graph, each run in a fresh child process so
/// that its peak RSS is the load's own: seconds, MB/s, peak RSS and the graph
/// structure's bytes per relation.
struct LoadBenchmark: Benchmark {
  let name = "load"

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    var loads: [LoadSample] = []
    for _ in 0..<runs { loads.append(try Self.runChild(dataset.path)) }
    let megabytes = Double(dataset.byteCount) / 1e6
    func figure(_ metric: String, _ unit: String, _ value: (LoadSample) -> Double) -> Figure {
      Figure(
        benchmark: name, metric: metric, unit: unit, size: dataset.label, samples: loads.map(value))
    }
    return [
      figure("load to graph", "s") { $0.seconds },
      figure("load throughput", "MB/s") { megabytes / $0.seconds },
      figure("peak RSS during load", "MiB") { Double($0.peakKilobytes) / 1024 },
      figure("graph structure", "B/relation") {
        Double($0.structureBytes) / Double(max(1, $0.relationCount))
      },
      figure("file size", "MB") { _ in megabytes },
    ]
  }

  static func runChild(_ path: String, buildsIndex: Bool = false) throws -> LoadSample {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    if !FileManager.default.fileExists(atPath: process.executableURL?.path ?? "") {
      process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }
    process.arguments = [LoadSample.childFlag, path] + (buildsIndex ? [LoadSample.indexFlag] : [])
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let sample = try? JSONDecoder().decode(LoadSample.self, from: output)
    else { throw BenchError("loading \(path) failed in the child process") }
    return sample
  }
}
