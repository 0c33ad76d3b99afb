/// Which nodes are not entities, found once the whole file is read.
///
/// Classes that are only ever types, classes and properties that only
/// declare themselves (`a rdfs:Class`, `a rdf:Property` and a label, with
/// no link to anything), properties (an IRI used as a predicate, or either
/// end of `owl:inverseOf`), the cells of RDF lists,
/// reified statements, provenance sources and dataset descriptions each
/// show up elsewhere: as a type, a relation label, an ordered list, a
/// relation's provenance or the dataset's title.
struct NodeKinds {
  var isExcluded: [Bool]
  /// The node of each predicate IRI that is also a node.
  var predicateNode: [UInt32?]
  var datasetNodes: [UInt32] = []
  var sourceNodes: [UInt32] = []

  init(_ mapper: GraphMapper) {
    isExcluded = mapper.isResource.map { !$0 }
    predicateNode = (0..<mapper.predicates.count).map { predicate in
      mapper.predicates.withKey(predicate) { mapper.nodes.find($0) }
    }
    for node in predicateNode.compactMap({ $0 }) { isExcluded[Int(node)] = true }
    for node in mapper.listFirst.keys where mapper.nodes.key(Int(node)).hasPrefix("_:") {
      isExcluded[Int(node)] = true
    }
    for (node, statement) in zip(mapper.statements.nodes, mapper.statements.records)
    where statement.relationKey != nil && statement.hasProvenance {
      isExcluded[Int(node)] = true
      if statement.source != ReifiedStatement.missing { sourceNodes.append(statement.source) }
    }
    for source in sourceNodes { isExcluded[Int(source)] = true }
    markLinkEnds(mapper)
  }

  private mutating func markLinkEnds(_ mapper: GraphMapper) {
    let datasetClasses = RDFVocabulary.datasetClasses.compactMap { mapper.nodes.find($0) }
    let declarationClasses = RDFVocabulary.declarationClasses.compactMap { mapper.nodes.find($0) }
    let linked = Self.nodesInRelations(mapper)
    for index in mapper.linkFrom.indices {
      switch mapper.roles[Int(mapper.linkPredicate[index])] {
      case .inverseOf:
        isExcluded[Int(mapper.linkFrom[index])] = true
        isExcluded[Int(mapper.linkTo[index])] = true
      case .type where datasetClasses.contains(mapper.linkTo[index]):
        datasetNodes.append(mapper.linkFrom[index])
        isExcluded[Int(mapper.linkFrom[index])] = true
      case .type where declarationClasses.contains(mapper.linkTo[index]):
        if !linked[Int(mapper.linkFrom[index])] { isExcluded[Int(mapper.linkFrom[index])] = true }
      default: break
      }
    }
    markDatasetSources(mapper)
  }

  /// Sources a dataset node lists with `dcterms:source`, cited or not.
  private mutating func markDatasetSources(_ mapper: GraphMapper) {
    guard !datasetNodes.isEmpty,
      let predicate = mapper.predicates.find(RDFVocabulary.dcterms + "source")
    else { return }
    for index in mapper.linkFrom.indices
    where mapper.linkPredicate[index] == predicate && datasetNodes.contains(mapper.linkFrom[index])
    {
      sourceNodes.append(mapper.linkTo[index])
      isExcluded[Int(mapper.linkTo[index])] = true
    }
  }

  /// Nodes at either end of a link that is not `rdf:type`: a class in
  /// such a link (`rdfs:subClassOf`) is part of an ontology, and an entity.
  private static func nodesInRelations(_ mapper: GraphMapper) -> [Bool] {
    var linked = [Bool](repeating: false, count: mapper.nodes.count)
    for index in mapper.linkFrom.indices
    where mapper.roles[Int(mapper.linkPredicate[index])] != .type {
      linked[Int(mapper.linkFrom[index])] = true
      linked[Int(mapper.linkTo[index])] = true
    }
    return linked
  }
}
