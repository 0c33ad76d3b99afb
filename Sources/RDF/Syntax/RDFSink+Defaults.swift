extension RDFSink {
  /// Sinks that only want statements need not implement the declarations.
  @inlinable
  public mutating func prefix(
    name: UnsafeBufferPointer<UInt8>, namespace: UnsafeBufferPointer<UInt8>
  ) {}

  /// Sinks that only want statements need not implement the declarations.
  @inlinable
  public mutating func base(iri: UnsafeBufferPointer<UInt8>) {}
}
