#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the byte sources need, with errors turned into ``RDFInputError``.
enum SystemCalls {
  static func open(_ path: String) throws -> Int32 {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { throw RDFInputError("cannot open \(path): \(lastError())") }
    return descriptor
  }

  /// Reads once, retrying when interrupted by a signal.
  static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String)
    throws -> Int
  {
    while true {
      let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno != EINTR { throw RDFInputError("cannot read \(path): \(lastError())") }
    }
  }

  static func close(_ descriptor: Int32) { _ = Glibc.close(descriptor) }

  static func lastError() -> String { String(cString: strerror(errno)) }
}
