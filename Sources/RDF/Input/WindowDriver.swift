/// Feeds a ``ChunkParser`` a buffer that stays in memory, such as a mapped file, one window
/// at a time without copying, and lets the caller act between windows: the loader resolves
/// what it deferred and hands the pages behind the parser back to the kernel, so a file of
/// gigabytes is never resident all at once.
enum WindowDriver {
  static func run<Parser: ChunkParser, Sink: RDFSink>(
    _ parser: inout Parser, _ input: UnsafeRawBufferPointer, _ sink: inout Sink, window: Int,
    afterEachWindow: (inout Sink, _ end: Int) throws -> Void
  ) throws {
    guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
      return try parser.finish()
    }
    var start = 0
    var size = max(window, 16)
    while start < input.count {
      let count = min(size, input.count - start)
      let isFinal = start + count == input.count
      let used = try parser.parse(base + start, count: count, isFinal: isFinal, into: &sink)
      guard used > 0 || isFinal else {
        // A statement longer than the window: parse it again in a larger one.
        size *= 2
        continue
      }
      parser.skip(used)
      start = isFinal ? input.count : start + used
      try afterEachWindow(&sink, start)
      size = max(window, 16)
    }
    try parser.finish()
  }
}
