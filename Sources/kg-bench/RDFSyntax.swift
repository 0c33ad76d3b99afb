/// The RDF syntaxes the benchmark writes the generated graph in.
enum RDFSyntax: CaseIterable {
  case nTriples
  case turtle

  var label: String { self == .nTriples ? "N-Triples" : "Turtle" }
  var fileExtension: String { self == .nTriples ? "nt" : "ttl" }
  var serdiName: String { self == .nTriples ? "ntriples" : "turtle" }
}
