/// Feeds a ``ChunkParser`` from a byte source through one reusable buffer: unconsumed bytes
/// (a statement cut by the chunk boundary) move to the front and the next read fills the rest.
enum StreamDriver {
  static func run<Parser: ChunkParser, Source: RDFByteSource, Sink: RDFSink>(
    _ parser: inout Parser, _ source: inout Source, _ sink: inout Sink, capacity: Int
  ) throws {
    var capacity = max(capacity, 16)
    var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0
    while true {
      if filled * 2 > capacity {
        // A statement longer than half the buffer: grow, so each re-parse sees at least
        // half a buffer of new bytes and the total work stays linear.
        capacity *= 2
        let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        larger.copyMemory(from: buffer, byteCount: filled)
        buffer.deallocate()
        buffer = larger
      }
      let count = try source.read(
        into: UnsafeMutableRawBufferPointer(start: buffer + filled, count: capacity - filled))
      filled += count
      let bytes = UnsafePointer(buffer.assumingMemoryBound(to: UInt8.self))
      let used = try parser.parse(bytes, count: filled, isFinal: count == 0, into: &sink)
      if count == 0 { break }
      parser.discard(used, of: bytes)
      buffer.copyMemory(from: buffer + used, byteCount: filled - used)
      filled -= used
    }
    try parser.finish()
  }
}
