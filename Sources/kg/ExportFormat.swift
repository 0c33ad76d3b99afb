import ArgumentParser

/// The formats `kg export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
  /// Dataset format v1: loads back into the same graph.
  case json
  /// Graphviz DOT, for `dot -Tsvg`.
  case dot
  /// GraphML, for Gephi, yEd or NetworkX.
  case graphml
  /// N-Triples: RDF, one triple a line (`docs/rdf-export.md`).
  case nt
  /// Turtle: RDF with prefixes, grouped by subject.
  case ttl
}
