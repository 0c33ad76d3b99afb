#if canImport(Glibc)
  import Glibc
#endif

/// Writes lines to file descriptor 2 without touching C's shared `stderr` stream,
/// which Swift 6's strict concurrency rejects.
enum StandardError {
  static func writeLine(_ line: String) { write(line + "\n") }

  /// Writes text as is, e.g. a progress line that `\r` rewrites in place.
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var remaining = UnsafeRawBufferPointer(bytes)
      while !remaining.isEmpty {
        let written = Glibc.write(2, remaining.baseAddress, remaining.count)
        guard written > 0 else { return }
        remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
      }
    }
  }
}
