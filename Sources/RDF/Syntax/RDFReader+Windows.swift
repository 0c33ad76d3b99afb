extension RDFReader {
  /// Reads a whole buffer that stays in memory, typically a mapped file, about `window`
  /// bytes at a time, and calls `afterEachWindow` with the offset read up to: everything
  /// before it has reached the sink, so the caller can resolve what it deferred and release
  /// those pages. Errors report lines and columns of the whole buffer, as ``read(_:into:)``.
  public func read<Sink: RDFSink>(
    _ buffer: UnsafeRawBufferPointer, window: Int, into sink: inout Sink,
    afterEachWindow: (inout Sink, _ end: Int) throws -> Void
  ) throws {
    switch format {
    case .nTriples, .nQuads:
      var parser = NTriplesParser(quads: format == .nQuads, errorLimit: errorLimit)
      try WindowDriver.run(&parser, buffer, &sink, window: window, afterEachWindow: afterEachWindow)
    case .turtle:
      var parser = TurtleParser(base: baseIRI.map { Array($0.utf8) }, errorLimit: errorLimit)
      try WindowDriver.run(&parser, buffer, &sink, window: window, afterEachWindow: afterEachWindow)
    }
  }
}
