import KnowledgeGraph

/// The dataset's title and description, from a node typed `schema:Dataset`
/// or `void:Dataset` when the file has one, and its provenance sources.
extension GraphAssembly {
  func datasetTitle() -> String {
    for node in kinds.datasetNodes {
      if let title = literal(of: Int(node), predicate: RDFVocabulary.dcterms + "title") {
        return title
      }
      if let label = bestLabel(of: Int(node)) { return mapper.builder.strings.string(label) }
    }
    return defaultTitle
  }

  func datasetDescription() -> String? {
    for node in kinds.datasetNodes {
      if let description = bestDescription(of: Int(node)) {
        return mapper.builder.strings.string(description)
      }
      if let text = literal(of: Int(node), predicate: RDFVocabulary.dcterms + "description") {
        return text
      }
    }
    return nil
  }

  /// Sources from reified provenance and named graphs, in first-use order,
  /// keyed as relations name them. A source node is listed once a statement
  /// that cites it, so each node's key is worked out once.
  mutating func sources() -> [Source] {
    var sources: [Source] = []
    var seen: Set<String> = []
    var seenNodes: Set<UInt32> = []
    for node in kinds.sourceNodes where seenNodes.insert(node).inserted {
      let key = compactIRI(mapper.nodes.key(Int(node)))
      guard seen.insert(key).inserted else { continue }
      sources.append(source(key: key, node: Int(node)))
    }
    for graph in 0..<mapper.graphs.count {
      let iri = mapper.graphs.key(graph)
      let key = compactIRI(iri)
      guard seen.insert(key).inserted else { continue }
      sources.append(
        mapper.nodes.find(iri).map { source(key: key, node: Int($0)) }
          ?? Source(key: key, title: nil, publisher: nil, published: nil, url: nil))
    }
    return sources
  }

  private func source(key: String, node: Int) -> Source {
    let title =
      literal(of: node, predicate: RDFVocabulary.dcterms + "title")
      ?? bestLabel(of: node).map { mapper.builder.strings.string($0) }
    return Source(
      key: key, title: title,
      publisher: literal(of: node, predicate: RDFVocabulary.dcterms + "publisher"),
      published: literal(of: node, predicate: RDFVocabulary.dcterms + "issued"),
      url: literal(of: node, predicate: RDFVocabulary.schema + "url"))
  }

  /// The first literal of `node` under `predicate`, among its attributes.
  func literal(of node: Int, predicate: String) -> String? {
    guard let number = mapper.predicates.find(predicate) else { return nil }
    for index in attributeGroups.records(of: node)
    where mapper.attributes[index].predicate == number {
      return mapper.builder.strings.string(mapper.attributes[index].value)
    }
    return nil
  }
}
