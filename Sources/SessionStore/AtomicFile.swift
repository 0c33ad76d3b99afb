#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file so that a reader or a crash sees either the old contents
/// or the new, never a mix: the bytes go to a temporary file in the same
/// directory, are flushed to disk, and the temporary file is renamed over
/// the target; then the directory itself is flushed so the rename lasts.
public enum AtomicFile {
  /// The prefix of temporary files; a crash may leave one behind, which
  /// readers ignore.
  static let temporaryMarker = ".tmp-"

  public static func write(_ bytes: [UInt8], to path: String) throws(StoreFailure) {
    let directory = Self.directory(of: path)
    try makeDirectory(directory)
    let temporary = path + temporaryMarker + String(getpid())
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw SystemError.describe("write", temporary) }
    do throws(StoreFailure) {
      try writeAll(bytes, to: descriptor, path: temporary)
      guard fsync(descriptor) == 0 else { throw SystemError.describe("flush", temporary) }
      close(descriptor)
      guard rename(temporary, path) == 0 else { throw SystemError.describe("replace", path) }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    syncDirectory(directory)
  }

  /// Reads a whole file; nil when it does not exist.
  public static func read(_ path: String) throws(StoreFailure) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      throw SystemError.describe("read", path)
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw SystemError.describe("read", path) }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
    }
  }

  /// Creates a directory and its parents, like `mkdir -p`.
  static func makeDirectory(_ path: String) throws(StoreFailure) {
    var current = ""
    for part in path.split(separator: "/") {
      current += "/" + part
      if mkdir(current, 0o755) != 0, errno != EEXIST {
        throw SystemError.describe("create", current)
      }
    }
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  private static func writeAll(
    _ bytes: [UInt8], to descriptor: Int32, path: String
  ) throws(StoreFailure) {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { throw SystemError.describe("write", path) }
      written += count
    }
  }

  private static func syncDirectory(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}
