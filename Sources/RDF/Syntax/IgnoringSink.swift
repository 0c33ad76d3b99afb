/// Drops statements: the directive scan of a split Turtle document runs the real parser over
/// the directive lines only for the prefixes and base it keeps.
struct IgnoringSink: RDFSink {
  func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {}
}
