/// A reader that consumes input chunk by chunk, so one driver serves whole buffers and streams.
protocol ChunkParser {
  /// Parses the complete statements at the start of the chunk and returns how many bytes they
  /// took; the rest is handed back with more bytes appended. With `isFinal`, all bytes are used.
  mutating func parse<Sink: RDFSink>(
    _ chunk: UnsafePointer<UInt8>, count: Int, isFinal: Bool, into sink: inout Sink
  ) throws -> Int

  /// Accounts for bytes the driver drops from the front of the chunk.
  mutating func discard(_ count: Int, of chunk: UnsafePointer<UInt8>)

  /// Moves past the first `count` bytes of the chunk, which stay in memory right before
  /// the next chunk: the driver of a mapped file reads it a window at a time.
  mutating func skip(_ count: Int)

  /// Throws the errors collected while recovering, at the end of the input.
  func finish() throws
}
