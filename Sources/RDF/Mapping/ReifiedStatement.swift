import KnowledgeGraph

/// A reified statement (`rdf:subject`, `rdf:predicate`, `rdf:object`) with
/// the provenance kg writes on it, folded back into its relation's source
/// and quote instead of becoming an entity.
struct ReifiedStatement {
  var subject: UInt32?
  var predicate: UInt32?
  var object: UInt32?
  var source: UInt32?
  var quote: StringRef?

  var relationKey: RelationKey? {
    guard let subject, let predicate, let object else { return nil }
    return RelationKey(from: subject, predicate: predicate, to: object)
  }
}
