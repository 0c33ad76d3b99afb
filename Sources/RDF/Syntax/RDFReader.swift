/// Reads N-Triples, N-Quads or Turtle into an ``RDFSink``.
///
/// Errors: ``RDFSyntaxError`` for the first syntax error when `errorLimit` is 1; with a
/// larger limit the reader skips a bad line (N-Triples, N-Quads) or statement (Turtle),
/// continues, and throws ``RDFSyntaxErrors`` at the end (or on reaching the limit);
/// ``RDFInputError`` when the input itself cannot be read or decompressed.
public struct RDFReader: Sendable {
  public var format: RDFFormat
  /// The IRI that relative IRIs in Turtle resolve against until an `@base`; without one, a
  /// relative IRI is an error. N-Triples and N-Quads allow only absolute IRIs.
  public var baseIRI: String?
  /// How many syntax errors to collect before giving up; 1 stops at the first.
  public var errorLimit: Int
  /// The starting size of the streaming buffer; it grows to hold the largest statement.
  var streamCapacity = 1 << 22

  public init(format: RDFFormat, baseIRI: String? = nil, errorLimit: Int = 1) {
    self.format = format
    self.baseIRI = baseIRI
    self.errorLimit = errorLimit
  }

  /// Reads a whole buffer, typically a mapped file: the fast path, with no copying.
  public func read<Sink: RDFSink>(_ buffer: UnsafeRawBufferPointer, into sink: inout Sink) throws {
    switch format {
    case .nTriples, .nQuads:
      var parser = NTriplesParser(quads: format == .nQuads, errorLimit: errorLimit)
      try RDFReader.parseWhole(&parser, buffer, &sink)
    case .turtle:
      var parser = TurtleParser(base: baseIRI.map { Array($0.utf8) }, errorLimit: errorLimit)
      try RDFReader.parseWhole(&parser, buffer, &sink)
    }
  }

  /// Reads input that arrives in chunks; memory stays bounded by the largest statement.
  public func read<Source: RDFByteSource, Sink: RDFSink>(
    from source: inout Source, into sink: inout Sink
  ) throws {
    switch format {
    case .nTriples, .nQuads:
      var parser = NTriplesParser(quads: format == .nQuads, errorLimit: errorLimit)
      try StreamDriver.run(&parser, &source, &sink, capacity: streamCapacity)
    case .turtle:
      var parser = TurtleParser(base: baseIRI.map { Array($0.utf8) }, errorLimit: errorLimit)
      try StreamDriver.run(&parser, &source, &sink, capacity: streamCapacity)
    }
  }

  /// Reads a file: mapped when plain, streamed through ``GzipByteSource`` or
  /// ``Bzip2ByteSource`` when its name ends in `.gz` or `.bz2`.
  public func read<Sink: RDFSink>(contentsOf path: String, into sink: inout Sink) throws {
    if path.hasSuffix(".gz") {
      var source = try GzipByteSource(FileByteSource(path: path))
      try read(from: &source, into: &sink)
    } else if path.hasSuffix(".bz2") {
      var source = try Bzip2ByteSource(FileByteSource(path: path))
      try read(from: &source, into: &sink)
    } else {
      let file = try MappedFile(path: path)
      try read(file.bytes, into: &sink)
    }
  }

  private static func parseWhole<Parser: ChunkParser, Sink: RDFSink>(
    _ parser: inout Parser, _ buffer: UnsafeRawBufferPointer, _ sink: inout Sink
  ) throws {
    if let start = buffer.baseAddress, buffer.count > 0 {
      let bytes = start.assumingMemoryBound(to: UInt8.self)
      _ = try parser.parse(bytes, count: buffer.count, isFinal: true, into: &sink)
    }
    try parser.finish()
  }
}
