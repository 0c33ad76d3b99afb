import CBzip2

/// Decompresses bzip2 data from another source as it is read, including the concatenated
/// streams that pbzip2 and lbzip2 write.
public final class Bzip2ByteSource<Upstream: RDFByteSource>: RDFByteSource {
  private var upstream: Upstream
  private var stream = bz_stream()
  private let input: UnsafeMutablePointer<UInt8>
  private let inputCapacity = 1 << 18
  private var upstreamEnded = false
  private var streamOpen = false
  private var streamEnded = false

  public init(_ upstream: Upstream) throws {
    self.upstream = upstream
    input = .allocate(capacity: inputCapacity)
    try start()
  }

  deinit {
    BZ2_bzDecompressEnd(&stream)
    input.deallocate()
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard let output = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      if stream.avail_in == 0 && !upstreamEnded { try refill() }
      if stream.avail_in == 0 && upstreamEnded {
        if streamOpen { throw RDFInputError("compressed stream ends early (truncated bzip2 file)") }
        return 0
      }
      let produced = try decompressStep(
        into: output.assumingMemoryBound(to: CChar.self), count: buffer.count)
      if produced > 0 { return produced }
    }
  }

  /// Begins a stream: the first, or the next of a concatenated file.
  private func start() throws {
    let pending = (stream.next_in, stream.avail_in)
    stream = bz_stream()
    guard BZ2_bzDecompressInit(&stream, 0, 0) == BZ_OK else {
      throw RDFInputError("cannot start the bzip2 decompressor")
    }
    (stream.next_in, stream.avail_in) = pending
  }

  private func refill() throws {
    let count = try upstream.read(
      into: UnsafeMutableRawBufferPointer(start: input, count: inputCapacity))
    if count == 0 {
      upstreamEnded = true
      return
    }
    stream.next_in = UnsafeMutableRawPointer(input).assumingMemoryBound(to: CChar.self)
    stream.avail_in = UInt32(count)
  }

  private func decompressStep(into output: UnsafeMutablePointer<CChar>, count: Int) throws -> Int {
    if streamEnded {
      BZ2_bzDecompressEnd(&stream)
      try start()
      streamEnded = false
    }
    streamOpen = true
    let capacity = min(count, Int(UInt32.max))
    stream.next_out = output
    stream.avail_out = UInt32(capacity)
    let status = BZ2_bzDecompress(&stream)
    switch status {
    case BZ_STREAM_END:
      streamOpen = false
      streamEnded = true
    case BZ_OK: break
    default: throw RDFInputError("corrupt compressed data: bzip2 error \(status)")
    }
    return capacity - Int(stream.avail_out)
  }
}
