#if canImport(Glibc)
  import Glibc
#endif

/// Buffered writes to file descriptor 1, so exporting a million entities makes
/// a few thousand system calls rather than millions of small `print`s.
struct StandardOutput: TextOutputStream {
  private var buffer: [UInt8] = []
  private static let flushThreshold = 1 << 16

  /// True when stdout is a terminal: the only case where text output may be coloured.
  static var isTerminal: Bool { isatty(1) == 1 }

  mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= Self.flushThreshold { flush() }
  }

  /// Writes everything buffered; a closed pipe (`kg export | head`) ends the output quietly.
  mutating func flush() {
    buffer.withUnsafeBytes { bytes in
      var remaining = bytes
      while !remaining.isEmpty {
        let written = Glibc.write(1, remaining.baseAddress, remaining.count)
        guard written > 0 else { return }
        remaining = UnsafeRawBufferPointer(rebasing: remaining[written...])
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes one complete document and flushes it.
  static func emit(_ text: String) {
    var output = StandardOutput()
    output.write(text)
    output.flush()
  }
}
