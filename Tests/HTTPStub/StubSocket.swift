import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The POSIX socket calls the stub needs, with errors as Swift errors.
public enum StubSocket {
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// A listening TCP socket on 127.0.0.1; port 0 lets the system choose.
  static func listen(port: UInt16) throws -> Int32 {
    let socket = try bound(port: port, sharable: true)
    guard Glibc.listen(socket, 64) == 0 else {
      let error = failure("listen on 127.0.0.1:\(port)")
      close(socket)
      throw error
    }
    return socket
  }

  /// A socket bound to `port` that does not listen: connections to the port
  /// are refused, and no other socket can take the port while it is open.
  /// A stopped stub holds one, so its port stays its own until it restarts.
  static func reserve(port: UInt16) throws -> Int32 {
    try bound(port: port, sharable: true)
  }

  /// A socket bound to 127.0.0.1 at `port`. A `sharable` one sets
  /// `SO_REUSEPORT`, so a stub's listener and its reservation can share the
  /// port while one replaces the other.
  private static func bound(port: UInt16, sharable: Bool) throws -> Int32 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw failure("socket") }
    var yes: Int32 = 1
    for option in sharable ? [SO_REUSEADDR, SO_REUSEPORT] : [SO_REUSEADDR] {
      setsockopt(socket, SOL_SOCKET, option, &yes, socklen_t(MemoryLayout<Int32>.size))
    }
    var address = loopback(port: port)
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard result == 0 else {
      let error = failure("bind to 127.0.0.1:\(port)")
      close(socket)
      throw error
    }
    return socket
  }

  /// The port a socket is bound to.
  static func boundPort(_ socket: Int32) -> UInt16 {
    var address = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
    }
    return UInt16(bigEndian: address.sin_port)
  }

  /// 127.0.0.1 at `port`, for bind and connect; used by every loopback helper of the tests.
  public static func loopback(port: UInt16) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    return address
  }

  /// Whether something accepts connections on 127.0.0.1 at `port`.
  public static func accepts(port: UInt16) -> Bool {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = loopback(port: port)
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }

  /// A port nothing listens on right now: bound to port 0, then released.
  public static func freePort() throws -> UInt16 {
    let socket = try bound(port: 0, sharable: false)
    defer { close(socket) }
    return boundPort(socket)
  }

  private static func failure(_ call: String) -> Failure {
    Failure(description: "\(call) failed: \(String(cString: strerror(errno)))")
  }
}
