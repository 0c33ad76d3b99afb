/// Receives what a reader finds, in document order.
///
/// Readers are generic over the sink, so a concrete sink's methods are specialized and
/// inlined into the parse loop: no dynamic call and no allocation per statement.
public protocol RDFSink {
  /// One triple, or one quad when `graph` is set (N-Quads; nil means the default graph).
  /// The terms are valid only during this call.
  mutating func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?)

  /// A Turtle `@prefix`/`PREFIX` declaration, with the namespace already resolved to an
  /// absolute IRI, so a display can compact IRIs the way the file's author did.
  mutating func prefix(name: UnsafeBufferPointer<UInt8>, namespace: UnsafeBufferPointer<UInt8>)

  /// A Turtle `@base`/`BASE` declaration, resolved to an absolute IRI.
  mutating func base(iri: UnsafeBufferPointer<UInt8>)
}
