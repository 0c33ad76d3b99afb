import Foundation
import RDF

/// Times one way of reading a file: the median of several runs, as MB/s and triples/s, and
/// the MB/s per CPU-second of the median run by processor time, which stays steady when other
/// work on the machine takes turns with the benchmark.
struct Benchmark {
  var name: String
  var bytes: Int
  var run: () throws -> Int

  func report(runs: Int) throws {
    var seconds: [Double] = []
    var cpuSeconds: [Double] = []
    var triples = 0
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      let cpuStart = Benchmark.processorTime()
      triples = try run()
      cpuSeconds.append(Benchmark.processorTime() - cpuStart)
      seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let median = seconds.sorted()[seconds.count / 2]
    let cpu = cpuSeconds.sorted()[cpuSeconds.count / 2]
    let megabytes = Double(bytes) / 1e6
    print(
      name.padding(toLength: 34, withPad: " ", startingAt: 0)
        + String(
          format:
            "%8.1f MB  %7.3f s  %7.0f MB/s  %6.2f M triples/s  (%5.0f MB per CPU s; %d triples)",
          megabytes, median, megabytes / median, Double(triples) / median / 1e6, megabytes / cpu,
          triples))
  }

  /// Processor time of the whole process (all threads), in seconds.
  static func processorTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
