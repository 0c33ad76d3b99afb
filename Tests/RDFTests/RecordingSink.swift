import RDF

/// Copies everything a reader reports, for tests to compare.
struct RecordingSink: RDFSink {
  var statements: [RecordedStatement] = []
  var prefixes: [(name: String, namespace: String)] = []
  var bases: [String] = []

  mutating func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {
    statements.append(
      RecordedStatement(
        subject: RecordedTerm(subject), predicate: RecordedTerm(predicate),
        object: RecordedTerm(object), graph: graph.map(RecordedTerm.init)))
  }

  mutating func prefix(name: UnsafeBufferPointer<UInt8>, namespace: UnsafeBufferPointer<UInt8>) {
    prefixes.append(
      (String(decoding: name, as: UTF8.self), String(decoding: namespace, as: UTF8.self)))
  }

  mutating func base(iri: UnsafeBufferPointer<UInt8>) {
    bases.append(String(decoding: iri, as: UTF8.self))
  }
}
