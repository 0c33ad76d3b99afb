#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive `flock` on `<file>.lock`, held while a state file is
/// re-read, merged and replaced, so two kg processes never lose each
/// other's changes. The lock file itself stays; it holds no data.
enum FileLock {
  /// How long to wait for another process before giving up with a warning.
  static let attempts = 300
  static let pauseMicroseconds: UInt32 = 10_000

  static func withLock<Result>(
    on path: String, _ body: () throws(StoreFailure) -> Result
  ) throws(StoreFailure) -> Result {
    let lockPath = path + ".lock"
    try AtomicFile.makeDirectory(AtomicFile.directory(of: path))
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw SystemError.describe("lock", lockPath) }
    defer { close(descriptor) }
    var attempt = 0
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      attempt += 1
      guard attempt < attempts, errno == EWOULDBLOCK || errno == EINTR else {
        throw StoreFailure("cannot lock \(lockPath): another kg holds it")
      }
      usleep(pauseMicroseconds)
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }
}
