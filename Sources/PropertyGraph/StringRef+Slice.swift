import KnowledgeGraph

extension StringRef {
  /// The bytes this ref names in `bytes`, a buffer it was made for.
  func slice(of bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[Int(offset)..<Int(offset + length)])
  }
}
