import Foundation
import SPARQL

#if canImport(Glibc)
  import Glibc
#endif

/// A real SPARQL endpoint for tests: `oxigraph serve` on an empty in-memory
/// store and a free loopback port, or the endpoint `KG_TEST_SPARQL_ENDPOINT`
/// names. Without either the test fails: escaping is only proven against a
/// real SPARQL parser.
final class OxigraphServer {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  let endpoint: URL
  private let process: Process?

  init() throws {
    if let given = ProcessInfo.processInfo.environment["KG_TEST_SPARQL_ENDPOINT"] {
      guard let url = URL(string: given) else {
        throw Failure(description: "KG_TEST_SPARQL_ENDPOINT is not a URL: \(given)")
      }
      endpoint = url
      process = nil
      return
    }
    guard let executable = Self.executable(named: "oxigraph") else {
      throw Failure(
        description: "install oxigraph: pip install oxigraph (or set KG_TEST_SPARQL_ENDPOINT)")
    }
    let port = try Self.freePort()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["serve", "--bind", "127.0.0.1:\(port)"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    self.process = process
    endpoint = URL(string: "http://127.0.0.1:\(port)/query")!
    try waitUntilAnswering(deadline: Date(timeIntervalSinceNow: 20))
  }

  /// Oxigraph's server ignores SIGTERM, so it gets SIGKILL.
  deinit {
    guard let process else { return }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// A client for the endpoint.
  func client() throws -> SPARQLClient {
    SPARQLClient(
      configuration: try EndpointConfiguration(
        url: endpoint, environment: [:], netrcPath: "/nonexistent"))
  }

  /// Polls with `ASK {}` until the server answers, it exits, or the deadline passes.
  private func waitUntilAnswering(deadline: Date) throws {
    let client = try client()
    while true {
      do {
        _ = try client.ask("ASK {}")
        return
      } catch {
        guard process?.isRunning ?? true else {
          throw Failure(
            description: "oxigraph serve exited with status \(process?.terminationStatus ?? 0)")
        }
        guard Date() < deadline else {
          throw Failure(description: "oxigraph did not answer at \(endpoint) in time: \(error)")
        }
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
  }

  private static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// A port nothing listens on right now, found by binding port 0.
  private static func freePort() throws -> UInt16 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
      }
    }
    guard bound else { throw Failure(description: "no free loopback port") }
    return UInt16(bigEndian: address.sin_port)
  }
}
