import KnowledgeGraph

extension Graph {
  /// The IRI an endpoint knows an entity of a fetched graph by. A graph read
  /// from N-Triples may declare no prefixes, so its ids are full IRIs;
  /// nil for a blank node.
  func endpointIRI(of entity: EntityIndex) -> String? {
    iri(of: entity) ?? expandedIRI(id(of: entity))
  }
}
