import RDF

/// Counts statements and touches every term's bytes, so the parse cannot be optimized away.
struct CountingSink: RDFSink {
  var statements = 0
  var checksum = 0

  @inline(__always)
  mutating func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {
    statements += 1
    checksum &+=
      subject.value.count &+ predicate.value.count &+ object.value.count
      &+ object.language.count &+ object.datatype.count
  }
}
