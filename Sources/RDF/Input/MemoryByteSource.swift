/// Bytes already in memory, handed out at most `chunkSize` at a time: the way to feed a
/// buffer through the streaming path, as tests do to cut statements at every position.
public struct MemoryByteSource: RDFByteSource {
  private let bytes: [UInt8]
  private let chunkSize: Int
  private var position = 0

  public init(_ bytes: [UInt8], chunkSize: Int = 1 << 20) {
    self.bytes = bytes
    self.chunkSize = max(1, chunkSize)
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    let count = min(chunkSize, buffer.count, bytes.count - position)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
    }
    position += count
    return count
  }
}
