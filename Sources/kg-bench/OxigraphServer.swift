import Foundation
import SPARQL

/// `oxigraph serve-read-only` on a store of its own, loaded from an
/// N-Triples file into a temporary directory, on a free loopback port.
///
/// The server runs under a small shell that holds the read end of a pipe
/// (the lifeline): when `stop()` closes it, or kg-bench dies in any way and
/// the kernel closes it, the shell kills the server with SIGKILL (Oxigraph
/// ignores SIGTERM) and removes the store, so no run leaves a server behind.
final class OxigraphServer {
  let url: URL
  /// Wall seconds `oxigraph load` took, a figure of its own.
  let loadSeconds: Double
  private let process: Process
  private let lifeline: Pipe

  /// Kills the server and removes the directory when standard input ends.
  /// No `wait`: the shell may inherit a blocked SIGCHLD.
  private static let guardian = """
    directory=$1; shift
    "$@" & server=$!
    trap 'kill -KILL $server 2>/dev/null; rm -rf "$directory"' EXIT
    read -r _
    """

  init(loading file: String, readyWithin deadline: Duration = .seconds(60)) throws {
    guard let oxigraph = Self.executable(named: "oxigraph") else {
      throw BenchError("the sparql benchmark needs oxigraph (pip install oxigraph)")
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-bench-oxigraph-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let store = directory.appendingPathComponent("store").path
    let clock = ContinuousClock()
    let start = clock.now
    do {
      try Self.run(oxigraph, ["load", "--location", store, "--file", file])
    } catch {
      try? FileManager.default.removeItem(at: directory)
      throw error
    }
    loadSeconds = (clock.now - start).seconds
    let port = try LoopbackPort.free()
    lifeline = Pipe()
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", Self.guardian, "sh", directory.path, oxigraph, "serve-read-only", "--location", store,
      "--bind", "127.0.0.1:\(port)",
    ]
    process.standardInput = lifeline
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    url = URL(string: "http://127.0.0.1:\(port)/query")!
    do {
      try waitUntilAnswering(deadline: clock.now + deadline)
    } catch {
      stop()
      throw error
    }
  }

  deinit { stop() }

  /// Stops the server; safe to call more than once.
  func stop() {
    guard process.isRunning else { return }
    try? lifeline.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  /// Polls with `ASK {}` until the server answers a query, not just accepts
  /// a connection, failing if it exits or the deadline passes.
  private func waitUntilAnswering(deadline: ContinuousClock.Instant) throws {
    var configuration = try EndpointConfiguration(
      url: url, environment: [:], netrcPath: "/dev/null")
    configuration.connectTimeout = 1
    configuration.queryTimeout = 5
    configuration.maximumRetries = 0
    let client = SPARQLClient(configuration: configuration)
    while (try? client.ask("ASK {}")) == nil {
      guard process.isRunning else { throw BenchError("oxigraph serve-read-only exited") }
      guard ContinuousClock.now < deadline else {
        throw BenchError("oxigraph did not answer on \(url) in time")
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  private static func run(_ program: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BenchError("oxigraph \(arguments.prefix(1).joined()) failed")
    }
  }

  static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
