import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A scriptable HTTP/1.1 server on 127.0.0.1 for tests of the SPARQL client.
///
/// It listens on a free port, answers each request with the next scripted
/// ``StubReply`` (or the fallback), records every request, and can be stopped
/// and started again on the same port, as a restarted endpoint would be. Each
/// connection has its own thread with blocking POSIX sockets, so a reply held
/// at a gate never blocks another connection.
public final class HTTPStub: @unchecked Sendable {
  private let condition = NSCondition()
  private var listener: Int32 = -1
  private var acceptFinished = DispatchSemaphore(value: 0)
  private var connections: Set<Int32> = []
  private var gates: [StubGate] = []
  private var scripted: [StubReply] = []
  private var fallback = StubReply.text(500, "no reply scripted")
  private var recorded: [StubRequest] = []
  /// The port, chosen by the system at the first start and kept on restart.
  public private(set) var port: UInt16 = 0
  /// While stopped, the socket that keeps the port refusing connections and
  /// out of other tests' hands (a free port is anyone's, in a parallel suite).
  private var reservation: Int32 = -1

  /// Starts listening on a free loopback port.
  public init() throws {
    try start()
  }

  deinit {
    stop()
    if reservation >= 0 { close(reservation) }
  }

  /// The endpoint's address, `http://127.0.0.1:PORT/sparql`.
  public var endpoint: URL { URL(string: "http://127.0.0.1:\(port)/sparql")! }

  /// Scripts the replies to the next requests, in order.
  public func enqueue(_ replies: StubReply...) {
    locked { scripted += replies }
  }

  /// The reply to every request once the scripted ones are used up.
  public func setFallback(_ reply: StubReply) {
    locked { fallback = reply }
  }

  /// Every request received so far, in order.
  public var requests: [StubRequest] { locked { recorded } }

  /// Blocks until `count` requests have arrived; false if `timeout` passes first.
  public func waitForRequests(_ count: Int, timeout: TimeInterval = 10) -> Bool {
    let deadline = Date(timeIntervalSinceNow: timeout)
    condition.lock()
    defer { condition.unlock() }
    while recorded.count < count {
      guard condition.wait(until: deadline) else { return recorded.count >= count }
    }
    return true
  }

  /// Stops listening, drops every connection and releases every gate. The
  /// port stays reserved, refusing connections, until `restart()`.
  public func stop() {
    let (listening, open, held) = locked { () -> (Int32, Set<Int32>, [StubGate]) in
      defer { listener = -1 }
      return (listener, connections, gates)
    }
    guard listening >= 0 else { return }
    let reserved = try? StubSocket.reserve(port: port)
    locked { reservation = reserved ?? -1 }
    shutdown(listening, Int32(SHUT_RDWR))
    acceptFinished.wait()
    close(listening)
    for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
    for gate in held { gate.open() }
  }

  /// Listens again on the same port after `stop()`.
  public func restart() throws {
    try start()
  }

  private func start() throws {
    let socket = try StubSocket.listen(port: port)
    port = StubSocket.boundPort(socket)
    let finished = DispatchSemaphore(value: 0)
    let reserved = locked { () -> Int32 in
      defer { reservation = -1 }
      listener = socket
      acceptFinished = finished
      return reservation
    }
    if reserved >= 0 { close(reserved) }
    Thread.detachNewThread { [self] in
      acceptLoop(socket)
      finished.signal()
    }
  }

  private func acceptLoop(_ socket: Int32) {
    while true {
      let connection = accept(socket, nil, nil)
      guard connection >= 0 else {
        if errno == EINTR { continue }
        return
      }
      locked { _ = connections.insert(connection) }
      Thread.detachNewThread { [self] in serve(connection) }
    }
  }

  private func serve(_ socket: Int32) {
    let connection = StubConnection(socket: socket)
    while let request = connection.readRequest() {
      let reply = locked { () -> StubReply in
        recorded.append(request)
        condition.broadcast()
        return scripted.isEmpty ? fallback : scripted.removeFirst()
      }
      guard perform(reply, on: connection) else { break }
    }
    locked { _ = connections.remove(socket) }
    close(socket)
  }

  /// Carries out a reply; false when the connection must close afterwards.
  private func perform(_ reply: StubReply, on connection: StubConnection) -> Bool {
    switch reply {
    case .respond(let status, let headers, let body):
      return connection.write(
        status: status, headers: headers, body: body, contentLength: body.count)
    case .truncated(let status, let headers, let body, let sentBytes):
      _ = connection.write(
        status: status, headers: headers, body: Array(body.prefix(sentBytes)),
        contentLength: body.count)
      return false
    case .endless(let status, let headers, let prefix, let unit):
      connection.stream(status: status, headers: headers, prefix: prefix, unit: unit)
      return false
    case .closeAtOnce:
      return false
    case .afterGate(let gate, let next):
      locked { gates.append(gate) }
      gate.wait()
      return perform(next, on: connection)
    }
  }

  private func locked<T>(_ body: () -> T) -> T {
    condition.lock()
    defer { condition.unlock() }
    return body()
  }
}
