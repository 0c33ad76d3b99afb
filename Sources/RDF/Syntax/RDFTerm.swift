/// One term of a statement, handed to an ``RDFSink`` without copying.
///
/// The buffers point into the reader's input or scratch memory and are valid only during the
/// sink call that receives the term: copy what must outlive it. Text is UTF-8 and validated.
///
/// A literal's `datatype` is empty for a plain string (`xsd:string`) and for a
/// language-tagged string (`rdf:langString`, then `language` is set), so the common cases
/// need no datatype bytes at all; every other literal carries its datatype IRI.
/// Blank-node labels are unique within one document. N-Triples and N-Quads labels are kept as
/// written; Turtle generates labels `_0`, `_1`, … for `[]` and collections and prefixes a
/// written label that starts with `_` by another `_`, so the two never collide.
public struct RDFTerm {
  public var kind: RDFTermKind
  public var value: UnsafeBufferPointer<UInt8>
  public var datatype: UnsafeBufferPointer<UInt8>
  public var language: UnsafeBufferPointer<UInt8>

  @inlinable
  public init(
    kind: RDFTermKind, value: UnsafeBufferPointer<UInt8>,
    datatype: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0),
    language: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
  ) {
    self.kind = kind
    self.value = value
    self.datatype = datatype
    self.language = language
  }
}
