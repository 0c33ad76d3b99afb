import Foundation
import RDF

/// Times one way of reading a file: the median of several runs, as MB/s and triples/s.
struct Benchmark {
  var name: String
  var bytes: Int
  var run: () throws -> Int

  func report(runs: Int) throws {
    var seconds: [Double] = []
    var triples = 0
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      triples = try run()
      seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let median = seconds.sorted()[seconds.count / 2]
    let megabytes = Double(bytes) / 1e6
    print(
      name.padding(toLength: 34, withPad: " ", startingAt: 0)
        + String(
          format: "%8.1f MB  %7.3f s  %7.0f MB/s  %6.2f M triples/s  (%d triples)", megabytes,
          median, megabytes / median, Double(triples) / median / 1e6, triples))
  }
}
