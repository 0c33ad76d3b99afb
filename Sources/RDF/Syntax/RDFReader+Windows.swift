extension RDFReader {
  /// Reads a whole buffer that stays in memory, typically a mapped file, about `window`
  /// bytes at a time, and calls `afterEachWindow` with the offset read up to: everything
  /// before it has reached the sink, so the caller can resolve what it deferred and release
  /// those pages. Errors report lines and columns of the whole buffer, as ``read(_:into:)``.
  public func read<Sink: RDFSink>(
    _ buffer: UnsafeRawBufferPointer, window: Int, into sink: inout Sink,
    afterEachWindow: (inout Sink, _ end: Int) throws -> Void
  ) throws {
    try read(
      buffer, range: 0..<buffer.count, window: window, into: &sink,
      afterEachWindow: afterEachWindow)
  }

  /// Reads `range` of a buffer that stays in memory a window at a time, as
  /// ``read(_:window:into:afterEachWindow:)`` does the whole buffer: N-Triples and N-Quads
  /// from any range of ``lineAlignedRanges(of:parts:)``, so threads can each read their own;
  /// Turtle only from the start, since its prefixes and base carry over from what came before.
  /// Offsets given to `afterEachWindow`, and errors' lines and offsets, are those of the whole
  /// buffer.
  public func read<Sink: RDFSink>(
    _ buffer: UnsafeRawBufferPointer, range: Range<Int>, window: Int, into sink: inout Sink,
    afterEachWindow: (inout Sink, _ end: Int) throws -> Void
  ) throws {
    let part = UnsafeRawBufferPointer(rebasing: buffer[range])
    let start = range.lowerBound
    switch format {
    case .nTriples, .nQuads:
      var parser = NTriplesParser(
        quads: format == .nQuads, errorLimit: errorLimit, linePrefix: start)
      try WindowDriver.run(&parser, part, &sink, window: window) { sink, end in
        try afterEachWindow(&sink, start + end)
      }
    case .turtle:
      precondition(start == 0, "Turtle cannot be read from the middle of a file")
      var parser = TurtleParser(base: baseIRI.map { Array($0.utf8) }, errorLimit: errorLimit)
      try WindowDriver.run(&parser, part, &sink, window: window, afterEachWindow: afterEachWindow)
    }
  }
}
