import Foundation
import KnowledgeGraph
import PropertyGraph
import JSONDataset

/// Loading in a fresh child process, so each sample's peak RSS is the load's own.
enum ChildLoad {
  static let flag = "--child"

  /// Runs in the child: loads, then prints a `LoadResult`.
  static func run(format: InputFormat, paths: [String]) throws {
    let start = ContinuousClock.now
    let graph: Graph
    switch format {
    case .json: graph = try DatasetLoader.load(path: paths[0])
    case .graphML:
      graph = try PropertyGraphLoader.loadGraphML(path: paths[0], options: PropertyGraphOptions())
    case .csv:
      graph = try PropertyGraphLoader.load(path: paths[0], edgesPath: paths[1])
    }
    let elapsed = ContinuousClock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let result = LoadResult(
      seconds: seconds, cpuSeconds: cpuSeconds(), peakMiB: peakMiB(), entities: graph.entityCount,
      relations: graph.relationCount)
    print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
  }

  /// Starts a child and reads its result.
  static func measure(format: InputFormat, paths: [String]) throws -> LoadResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = [flag, format.rawValue] + paths
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let result = try? JSONDecoder().decode(LoadResult.self, from: output)
    else { throw BenchFailure("loading \(paths) as \(format.rawValue) failed") }
    return result
  }

  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Peak resident set size of this process in MiB (`VmHWM`).
  private static func peakMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }
}
