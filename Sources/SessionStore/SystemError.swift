#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text of the last system error, for one-line failure messages.
enum SystemError {
  static func describe(_ action: String, _ path: String) -> StoreFailure {
    let reason = String(cString: strerror(errno))
    return StoreFailure("cannot \(action) \(path): \(reason)")
  }
}
