import Foundation

/// Runs a request, and once more after a short pause if it failed. On two
/// shared cores Oxigraph has answered a page query with HTTP 500 "Resource
/// temporarily unavailable" (it could not start a thread), which ended a run
/// half an hour in. One retry keeps the run; the retries are counted and
/// reported as a figure, so a run that needed them says so.
struct TransientRetry {
  private(set) var count = 0

  mutating func run<Answer>(_ body: () throws -> Answer) throws -> Answer {
    do {
      return try body()
    } catch {
      count += 1
      FileHandle.standardError.write(Data("kg-bench: retrying once after: \(error)\n".utf8))
      Thread.sleep(forTimeInterval: 0.5)
      return try body()
    }
  }
}
