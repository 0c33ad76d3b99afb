import RDF

/// Collects the IRIs a CONSTRUCT answer names as subject, predicate or
/// object: the resources whose names a page must fetch next.
struct ResourceCollector: RDFSink {
  private(set) var iris: Set<String> = []

  /// The IRIs in N-Triples `bytes`; a document that does not parse gives
  /// what was read before the error, and the mapping reports the error.
  static func iris(in bytes: [UInt8]) -> Set<String> {
    var collector = ResourceCollector()
    let reader = RDFReader(format: .nTriples)
    bytes.withUnsafeBytes { try? reader.read($0, into: &collector) }
    return collector.iris
  }

  mutating func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {
    for term in [subject, predicate, object] where term.kind == .iri {
      iris.insert(String(decoding: term.value, as: UTF8.self))
    }
  }
}
