import Foundation
import HTTPStub

#if canImport(Glibc)
  import Glibc
#endif

/// A real SPARQL endpoint for tests, on loopback only: the one
/// `KG_TEST_SPARQL_ENDPOINT` names (`.ci/run` starts Oxigraph loaded with the
/// bundled dataset and stops it afterwards), or else `oxigraph serve` on a
/// store loaded from `file`, started here and stopped when the test process
/// exits. Without either, it throws, and the test that needs it fails: an
/// endpoint test never passes by skipping.
public final class OxigraphEndpoint: @unchecked Sendable {
  public struct Failure: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) { self.description = description }
  }

  public let url: URL
  /// Whether `url` came from `KG_TEST_SPARQL_ENDPOINT` rather than a server started here.
  public let isGiven: Bool
  /// How long `oxigraph load` took; zero for an endpoint not started here.
  public let loadDuration: Duration
  private let process: Process?
  /// The server's lifeline: the shell that started it kills it when this
  /// pipe closes, which it does when the test process ends in any way.
  private let lifeline: Pipe?

  /// The endpoint the environment names, or Oxigraph on a store loaded from
  /// `file` (N-Triples or Turtle; an empty store without one). With
  /// `ownServer`, always a server of its own, for data no other test shares;
  /// with `readOnly`, served by `oxigraph serve-read-only` (kg-bench's
  /// figures are for that server).
  public init(loading file: String? = nil, ownServer: Bool = false, readOnly: Bool = false)
    throws
  {
    if !ownServer, let given = ProcessInfo.processInfo.environment["KG_TEST_SPARQL_ENDPOINT"] {
      guard let url = URL(string: given) else {
        throw Failure(description: "KG_TEST_SPARQL_ENDPOINT is not a URL: \(given)")
      }
      (self.url, isGiven, process, lifeline, loadDuration) = (url, true, nil, nil, .zero)
      return
    }
    guard let oxigraph = Self.executable(named: "oxigraph") else {
      throw Failure(
        description: "install oxigraph (pip install oxigraph) or set KG_TEST_SPARQL_ENDPOINT")
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-oxigraph-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let store = directory.appendingPathComponent("store").path
    let loadStart = ContinuousClock.now
    if let file { try Self.run(oxigraph, ["load", "--location", store, "--file", file]) }
    loadDuration = ContinuousClock.now - loadStart
    let port = try StubSocket.freePort()
    let lifeline = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", Self.guardian, "sh", directory.path, oxigraph, readOnly ? "serve-read-only" : "serve",
      "--location", store, "--bind", "127.0.0.1:\(port)",
    ]
    process.standardInput = lifeline
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    (url, isGiven, self.process, self.lifeline) = (
      URL(string: "http://127.0.0.1:\(port)/query")!, false, process, lifeline
    )
    try waitUntilListening(port: port, deadline: Date(timeIntervalSinceNow: 30))
  }

  /// Runs the server in the background; `stop` and `start` lines on
  /// standard input (the lifeline) kill and restart it, and the end of the
  /// lifeline kills it and removes its store. SIGKILL, because
  /// `oxigraph serve` ignores SIGTERM and SIGINT; no `wait`, because the
  /// shell inherits the test thread's blocked SIGCHLD.
  private static let guardian = """
    directory=$1; shift
    "$@" & server=$!
    trap 'kill -KILL $server 2>/dev/null; rm -rf "$directory"' EXIT
    while read -r command; do
      case $command in
        stop) kill -KILL $server 2>/dev/null ;;
        start) "$@" & server=$! ;;
      esac
    done
    """

  deinit { stop() }

  /// Kills a server started here, as a crash would, and returns once its
  /// port refuses connections.
  public func kill() throws {
    try command("stop")
    try wait(deadline: Date(timeIntervalSinceNow: 30)) { !StubSocket.accepts(port: self.port) }
  }

  /// Starts the killed server again on the same port and store.
  public func restart() throws {
    try command("start")
    try wait(deadline: Date(timeIntervalSinceNow: 30)) { StubSocket.accepts(port: self.port) }
  }

  private var port: UInt16 { UInt16(url.port ?? 0) }

  private func command(_ line: String) throws {
    guard let lifeline else {
      throw Failure(description: "the endpoint KG_TEST_SPARQL_ENDPOINT names cannot be restarted")
    }
    try lifeline.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
  }

  private func wait(deadline: Date, until condition: () -> Bool) throws {
    while !condition() {
      guard Date() < deadline else { throw Failure(description: "oxigraph did not stop or start") }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// Stops a server started here; one the environment names is left alone.
  public func stop() {
    guard let process, process.isRunning else { return }
    try? lifeline?.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  /// Polls until the port accepts connections, the server exits, or the deadline passes.
  private func waitUntilListening(port: UInt16, deadline: Date) throws {
    while !StubSocket.accepts(port: port) {
      guard process?.isRunning ?? true else {
        throw Failure(description: "oxigraph serve exited: \(process?.terminationStatus ?? 0)")
      }
      guard Date() < deadline else {
        throw Failure(description: "oxigraph did not listen on 127.0.0.1:\(port) in time")
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
      throw Failure(description: "oxigraph \(arguments.joined(separator: " ")) failed")
    }
  }

  /// The program `name` on `PATH`, if there is one.
  public static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
