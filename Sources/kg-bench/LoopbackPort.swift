#if canImport(Glibc)
  import Glibc
#endif

/// A loopback TCP port nothing listens on, for the benchmark's own
/// endpoint: binding port 0 lets the kernel pick one, so two runs (or a test
/// suite's Oxigraph) never collide on a fixed number.
enum LoopbackPort {
  static func free() throws -> UInt16 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
      }
    }
    guard bound else { throw BenchError("no free loopback port") }
    return UInt16(bigEndian: address.sin_port)
  }
}
