#if canImport(Glibc)
  import Glibc
#endif

/// Holds back everything written to stderr while the browser owns the screen,
/// and writes it out after the terminal is restored.
///
/// A Swift fatal error prints its message before it traps; without this, the
/// message would land on the alternate screen and vanish with it. Stray library
/// warnings would likewise scribble over the drawn screen.
enum StderrCapture {
  nonisolated(unsafe) private static var originalDescriptor: Int32 = -1
  nonisolated(unsafe) private static var captureDescriptor: Int32 = -1
  private static let chunkSize = 4096
  /// Allocated up front: a signal handler must not call malloc.
  nonisolated(unsafe) private static let chunk = UnsafeMutablePointer<UInt8>.allocate(
    capacity: chunkSize)

  static func begin() {
    var template = Array("/tmp/kg-stderr-XXXXXX".utf8CString)
    let capture = mkstemp(&template)
    guard capture >= 0 else { return }
    _ = chunk  // initialise the lazy global now, not first inside a signal handler
    unlink(template)
    let original = dup(STDERR_FILENO)
    guard original >= 0, dup2(capture, STDERR_FILENO) >= 0 else {
      close(capture)
      if original >= 0 { close(original) }
      return
    }
    originalDescriptor = original
    captureDescriptor = capture
  }

  /// Points stderr back at the terminal and copies out what was held back.
  /// Async-signal-safe, so the crash handler can call it too.
  static func release() {
    let original = originalDescriptor
    let capture = captureDescriptor
    guard original >= 0, capture >= 0 else { return }
    originalDescriptor = -1
    captureDescriptor = -1
    dup2(original, STDERR_FILENO)
    close(original)
    lseek(capture, 0, SEEK_SET)
    copyAll(from: capture, to: STDERR_FILENO)
    close(capture)
  }

  private static func copyAll(from source: Int32, to destination: Int32) {
    while true {
      let count = read(source, chunk, chunkSize)
      guard count > 0 else { return }
      var offset = 0
      while offset < count {
        let written = write(destination, chunk + offset, count - offset)
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}
