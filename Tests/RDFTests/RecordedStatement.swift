import RDF

/// A statement copied out of a sink call.
struct RecordedStatement: Hashable, Sendable, CustomStringConvertible {
  var subject: RecordedTerm
  var predicate: RecordedTerm
  var object: RecordedTerm
  var graph: RecordedTerm?

  var terms: [RecordedTerm] { [subject, predicate, object] + (graph.map { [$0] } ?? []) }

  var description: String {
    terms.map(\.description).joined(separator: " ") + " ."
  }
}
