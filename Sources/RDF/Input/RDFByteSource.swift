/// Bytes that arrive in pieces: a file read in chunks, a decompressor, a socket. The readers
/// pull from it, so input larger than memory streams through a bounded buffer.
public protocol RDFByteSource {
  /// Writes up to `buffer.count` bytes to the start of `buffer` and returns how many;
  /// 0 means the input has ended. Throws ``RDFInputError`` when the input cannot be read.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
