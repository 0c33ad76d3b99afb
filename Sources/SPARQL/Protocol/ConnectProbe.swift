import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Checks that a TCP connection to the endpoint opens within the connect
/// timeout, alongside the real request.
///
/// URLSession on Linux has no connect timeout of its own (only an idle timer
/// that must allow a slow query), so a host that drops packets would hold a
/// request for the whole query timeout. The probe runs on the caller's thread
/// while URLSession works on its own, so it adds no delay, and it gives up as
/// soon as the request itself has finished.
enum ConnectProbe {
  private static let slice: Int32 = 50

  /// True when no connection opened within `timeout` seconds. Failures the
  /// request reports better itself (unknown host, refused) count as false.
  static func timesOut(
    host: String, port: Int, timeout: TimeInterval, isRequestFinished: () -> Bool
  ) -> Bool {
    guard let socket = startConnecting(host: host, port: port) else { return false }
    defer { close(socket) }
    var waited = 0.0
    while waited < timeout && !isRequestFinished() {
      var entry = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
      if poll(&entry, 1, slice) != 0 { return false }
      waited += Double(slice) / 1000
    }
    return waited >= timeout
  }

  /// A non-blocking socket with a connection under way, or nil when the
  /// address does not resolve or the connection failed at once.
  private static func startConnecting(host: String, port: Int) -> Int32? {
    var hints = addrinfo()
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    var list: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else { return nil }
    defer { freeaddrinfo(list) }
    let socket = Glibc.socket(first.pointee.ai_family, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { return nil }
    _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
    if connect(socket, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 || errno == EINPROGRESS
    {
      return socket
    }
    close(socket)
    return nil
  }
}
