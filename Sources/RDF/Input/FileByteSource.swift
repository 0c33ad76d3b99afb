#if canImport(Glibc)
  import Glibc
#endif

/// A file read with plain `read` calls, for input that should not be mapped (pipes, or a
/// compressed file feeding ``GzipByteSource``).
public final class FileByteSource: RDFByteSource {
  private let descriptor: Int32
  private let path: String

  /// Opens `path` for reading; "-" reads standard input.
  public init(path: String) throws {
    self.path = path
    descriptor = path == "-" ? dup(0) : try SystemCalls.open(path)
  }

  deinit { SystemCalls.close(descriptor) }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    try SystemCalls.read(descriptor, into: buffer, path: path)
  }
}
