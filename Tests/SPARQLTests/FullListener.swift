import Foundation
import HTTPStub

#if canImport(Glibc)
  import Glibc
#endif

/// A loopback port whose listener never accepts and whose queue is full, so
/// the kernel drops new connection attempts: a host that does not answer,
/// without leaving the machine.
final class FullListener {
  let port: UInt16
  private var sockets: [Int32] = []

  init() throws {
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    sockets.append(listener)
    var address = StubSocket.loopback(port: 0)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let ready = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0
      }
    }
    guard ready, listen(listener, 0) == 0 else { throw CocoaError(.fileReadUnknown) }
    port = UInt16(bigEndian: address.sin_port)
    for _ in 0..<4 { fill() }
  }

  deinit { sockets.forEach { close($0) } }

  /// Starts one more connection, which sits in (or is dropped from) the full queue.
  private func fill() {
    let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
    var address = StubSocket.loopback(port: port)
    _ = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    sockets.append(client)
  }
}
