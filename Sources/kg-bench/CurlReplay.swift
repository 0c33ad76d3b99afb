import Foundation
import TestEndpoints

/// Sends a recorded query again with curl, exactly as the brief of the
/// figure says (`curl -s -o /dev/null --data-urlencode query@FILE -H
/// 'Accept: …'`), and reads curl's own timers: `time_total` less
/// `time_connect` is the endpoint's time with loopback HTTP, without curl's
/// process start and without opening a connection, which kg's client does
/// once and keeps alive. Set beside kg's time for the same query, it
/// separates Oxigraph's part from kg's.
struct CurlReplay {
  let url: URL
  /// Where the query files go; removed by the caller.
  let directory: URL
  private let curl: String

  init(url: URL, directory: URL) throws {
    guard let curl = OxigraphEndpoint.executable(named: "curl") else {
      throw BenchError("the sparql benchmark needs curl for its comparison")
    }
    self.url = url
    self.directory = directory
    self.curl = curl
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  /// Seconds from connected to the answer's last byte for each query, in
  /// order, and the seconds connecting took; a failed request throws.
  func seconds(_ queries: [RecordedQuery]) throws -> (answer: [Double], connect: [Double]) {
    let timed = try queries.enumerated().map { offset, query in
      try seconds(query, file: "q\(offset).rq")
    }
    return (timed.map(\.answer), timed.map(\.connect))
  }

  private func seconds(_ query: RecordedQuery, file: String) throws -> (
    answer: Double, connect: Double
  ) {
    let path = directory.appendingPathComponent(file).path
    try Data(query.text.utf8).write(to: URL(fileURLWithPath: path))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: curl)
    process.arguments = [
      "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_connect} %{time_total}",
      "--data-urlencode",
      "query@\(path)", "-H", "Accept: \(query.accept)", url.absoluteString,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let written = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let fields = String(decoding: written, as: UTF8.self).split(separator: " ")
    guard process.terminationStatus == 0, fields.count == 3, fields[0] == "200",
      let connect = Double(fields[1]), let total = Double(fields[2])
    else {
      throw BenchError("curl could not replay a query: \(String(decoding: written, as: UTF8.self))")
    }
    return (total - connect, connect)
  }
}
