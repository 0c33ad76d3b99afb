import KnowledgeGraph

/// Links between entities as relations: one relation type per predicate,
/// labelled from the data, with provenance from named graphs or reified
/// statements.
extension GraphAssembly {
  mutating func addRelations(lists: ListExpansion) {
    let types = declareRelationTypes()
    let provenance = reifiedProvenance()
    for index in mapper.linkFrom.indices {
      let predicate = Int(mapper.linkPredicate[index])
      guard let type = types[predicate] else { continue }
      let from = entityOf[Int(mapper.linkFrom[index])]
      let to = mapper.linkTo[index]
      let targets = lists.members[to] ?? [to]
      let key = RelationKey(from: mapper.linkFrom[index], predicate: UInt32(predicate), to: to)
      let detail = relationDetail(graph: mapper.linkGraph[index], provenance: provenance[key])
      for target in targets where from != Self.unresolved && entityOf[Int(target)] != Self.unresolved {
        mapper.builder.addRelation(from: from, type: type, to: entityOf[Int(target)], detail: detail)
      }
    }
  }

  /// A relation type for each predicate that links resources, keyed by its compact IRI.
  private mutating func declareRelationTypes() -> [UInt16?] {
    let inverses = inverseLabels()
    let symmetric = symmetricPredicates()
    var types = [UInt16?](repeating: nil, count: mapper.predicates.count)
    for predicate in 0..<mapper.predicates.count where mapper.roles[predicate].isRelation {
      var key = compactIRI(mapper.predicates.key(predicate))
      guard let number = key.withUTF8({ mapper.builder.relationTypeNumber(forKey: $0) }) else {
        continue
      }
      let isType = mapper.roles[predicate] == .type
      let label = isType ? "type" : predicateLabel(predicate)
      mapper.builder.declareRelationType(
        number, label: label,
        inverseLabel: isType ? "instance" : inverses[predicate] ?? ReadableName.inverse(of: label),
        isSymmetric: symmetric.contains(predicate), isStructural: isType)
      types[predicate] = number
    }
    return types
  }

  /// For each predicate declared `owl:inverseOf` another, the other's label.
  private func inverseLabels() -> [Int: String] {
    var predicateOfNode: [UInt32: Int] = [:]
    for (predicate, node) in kinds.predicateNode.enumerated() {
      if let node { predicateOfNode[node] = predicate }
    }
    var labels: [Int: String] = [:]
    for index in mapper.linkFrom.indices where mapper.roles[Int(mapper.linkPredicate[index])] == .inverseOf {
      let (one, other) = (mapper.linkFrom[index], mapper.linkTo[index])
      if let predicate = predicateOfNode[one] { labels[predicate] = label(ofProperty: other) }
      if let predicate = predicateOfNode[other] { labels[predicate] = label(ofProperty: one) }
    }
    return labels
  }

  private func label(ofProperty node: UInt32) -> String {
    if let label = bestLabel(of: Int(node)) { return mapper.builder.strings.string(label) }
    return ReadableName.predicate(mapper.nodes.key(Int(node)))
  }

  /// Predicates typed `owl:SymmetricProperty`.
  private func symmetricPredicates() -> Set<Int> {
    guard let symmetric = mapper.nodes.find(RDFVocabulary.symmetricProperty) else { return [] }
    var nodes: Set<UInt32> = []
    for index in mapper.linkFrom.indices
    where mapper.linkTo[index] == symmetric && mapper.roles[Int(mapper.linkPredicate[index])] == .type {
      nodes.insert(mapper.linkFrom[index])
    }
    return Set(kinds.predicateNode.indices.filter { kinds.predicateNode[$0].map(nodes.contains) ?? false })
  }

  private func reifiedProvenance() -> [RelationKey: ReifiedStatement] {
    var provenance: [RelationKey: ReifiedStatement] = [:]
    for statement in mapper.statements.values {
      if let key = statement.relationKey { provenance[key] = statement }
    }
    return provenance
  }

  private mutating func relationDetail(graph: UInt16, provenance: ReifiedStatement?) -> RelationDetail {
    var sourceKey: String?
    if let source = provenance?.source {
      sourceKey = compactIRI(mapper.nodes.key(Int(source)))
    } else if graph != GraphMapper.noGraph {
      sourceKey = compactIRI(mapper.graphs.key(Int(graph)))
    }
    var source = RelationDetail.noSource
    if var sourceKey {
      source = sourceKey.withUTF8 { mapper.builder.sourceNumber(forKey: $0) } ?? RelationDetail.noSource
    }
    let attributes = mapper.builder.relationAttributeCount
    return RelationDetail(
      source: source, quote: provenance?.quote ?? .empty, attributeStart: attributes,
      attributeEnd: attributes)
  }
}
