/// A mapped or read file's bytes, lent to the parsing thread: the buffer
/// outlives the read, and no thread writes to it.
struct SharedInput: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
}
