import CZlib

/// Decompresses gzip (or zlib) data from another source as it is read, including files of
/// several concatenated gzip members as pigz and bgzip write them.
public final class GzipByteSource<Upstream: RDFByteSource>: RDFByteSource {
  private var upstream: Upstream
  private var stream = z_stream()
  private let input: UnsafeMutablePointer<UInt8>
  private let inputCapacity = 1 << 18
  private var upstreamEnded = false
  private var memberOpen = true

  public init(_ upstream: Upstream) throws {
    self.upstream = upstream
    input = .allocate(capacity: inputCapacity)
    // 16 + MAX_WBITS selects gzip; adding 32 instead lets zlib detect gzip or zlib headers.
    guard kg_inflate_init(&stream, 32 + MAX_WBITS) == Z_OK else {
      input.deallocate()
      throw RDFInputError("cannot start the gzip decompressor")
    }
  }

  deinit {
    inflateEnd(&stream)
    input.deallocate()
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard let output = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count > 0
    else { return 0 }
    while true {
      if stream.avail_in == 0 && !upstreamEnded { try refill() }
      if stream.avail_in == 0 && upstreamEnded {
        if memberOpen { throw RDFInputError("compressed stream ends early (truncated gzip file)") }
        return 0
      }
      let produced = try inflateStep(into: output, count: buffer.count)
      if produced > 0 { return produced }
    }
  }

  private func refill() throws {
    let count = try upstream.read(
      into: UnsafeMutableRawBufferPointer(start: input, count: inputCapacity))
    if count == 0 {
      upstreamEnded = true
      return
    }
    stream.next_in = input
    stream.avail_in = UInt32(count)
  }

  private func inflateStep(into output: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
    stream.next_out = output
    stream.avail_out = UInt32(min(count, Int(UInt32.max)))
    memberOpen = true
    let status = inflate(&stream, Z_NO_FLUSH)
    let produced = min(count, Int(UInt32.max)) - Int(stream.avail_out)
    switch status {
    case Z_STREAM_END:
      memberOpen = false
      inflateReset(&stream)
    case Z_OK, Z_BUF_ERROR:
      break
    default:
      let detail = stream.msg.map { String(cString: $0) } ?? "error \(status)"
      throw RDFInputError("corrupt compressed data: \(detail)")
    }
    return produced
  }
}
