import KnowledgeGraph

/// Links between entities as relations: one relation type per predicate,
/// labelled from the data, with provenance from named graphs or reified
/// statements.
extension GraphAssembly {
  /// Adds the relations gathered on the other core: declares their types
  /// and numbers their sources in the order one pass over the links would,
  /// and adds the reified statements' attributes. False, with nothing
  /// added, when a type or a source is past what the graph can number: the
  /// relations are then added one by one, leaving those out.
  mutating func addRelations(_ gathered: GatheredRelations) -> Bool {
    guard gathered.isComplete,
      let typeOfPredicate = relationTypes(declaring: gathered.predicateOrder)
    else { return false }
    let sources = gathered.origins.map { sourceNumber(of: $0) }
    let attributes = gathered.attributed.map { entry in
      let start = mapper.builder.relationAttributeCount
      for index in attributeGroups.records(of: Int(entry.node)) {
        mapper.builder.appendRelationAttribute(storedAttribute(mapper.attributes[index]))
      }
      return start..<mapper.builder.relationAttributeCount
    }
    var relations = gathered
    relations.resolve(sources: sources, attributes: attributes)
    mapper.builder.addRelations(
      from: relations.from, types: relations.predicates.map { typeOfPredicate[Int($0)] },
      to: relations.to, details: relations.details, detailOrdinals: relations.detailOrdinals)
    return true
  }

  /// The type of each predicate in `order` (0 for the others), declared in
  /// that order; nil when one is past the number of types a graph can hold.
  private mutating func relationTypes(declaring order: [UInt32]) -> [UInt16]? {
    var plan = RelationTypePlan(
      inverses: inverseLabels(), symmetric: symmetricPredicates(),
      predicateCount: mapper.predicates.count)
    var types = [UInt16](repeating: 0, count: mapper.predicates.count)
    for predicate in order {
      guard let type = relationType(Int(predicate), plan: &plan) else { return nil }
      types[Int(predicate)] = type
    }
    return types
  }

  /// Adds the relations one link at a time, leaving out those past the
  /// number of types or sources a graph can hold: the path for files that
  /// `addRelations(_:)` cannot take whole, so it is not tuned for speed.
  /// `statementOfLink` gives each link's reified statement in `provenance`, or `none`.
  mutating func addRelations(
    lists: ListExpansion, provenance: ProvenanceIndex, statementOfLink: [UInt32]
  ) {
    var types = RelationTypePlan(
      inverses: inverseLabels(), symmetric: symmetricPredicates(),
      predicateCount: mapper.predicates.count)
    for index in mapper.linkFrom.indices {
      let predicate = Int(mapper.linkPredicate[index])
      let from = entityOf[Int(mapper.linkFrom[index])]
      let to = mapper.linkTo[index]
      guard from != Self.unresolved else { continue }
      let members = lists.members.isEmpty ? nil : lists.members[to]
      guard members != nil || entityOf[Int(to)] != Self.unresolved,
        let type = relationType(predicate, plan: &types)
      else { continue }
      let detail =
        provenance.isEmpty && mapper.linkGraph[index] == GraphMapper.noGraph
        ? .empty
        : relationDetail(
          graph: mapper.linkGraph[index],
          provenance: statementOfLink[index] == ProvenanceIndex.none
            ? nil : Int(statementOfLink[index]))
      guard let members else {
        mapper.builder.addRelation(from: from, type: type, to: entityOf[Int(to)], detail: detail)
        continue
      }
      for target in members where entityOf[Int(target)] != Self.unresolved {
        mapper.builder.addRelation(
          from: from, type: type, to: entityOf[Int(target)], detail: detail)
      }
    }
  }

  /// The relation type of a predicate, declared when its first relation is
  /// added, so predicates that only ever carry literals or structure get none.
  private mutating func relationType(_ predicate: Int, plan: inout RelationTypePlan) -> UInt16? {
    if let number = plan.numbers[predicate] { return number }
    var key = compactIRI(mapper.predicates.key(predicate))
    guard let number = key.withUTF8({ mapper.builder.relationTypeNumber(forKey: $0) }) else {
      return nil
    }
    let isType = mapper.roles[predicate] == .type
    let label = isType ? "type" : predicateLabel(predicate)
    mapper.builder.declareRelationType(
      number, label: label,
      inverseLabel: isType
        ? "instance" : plan.inverses[predicate] ?? ReadableName.inverse(of: label),
      isSymmetric: plan.symmetric.contains(predicate), isStructural: isType)
    plan.numbers[predicate] = number
    return number
  }

  /// For each predicate declared `owl:inverseOf` another, the other's label.
  private func inverseLabels() -> [Int: String] {
    var predicateOfNode: [UInt32: Int] = [:]
    for (predicate, node) in kinds.predicateNode.enumerated() {
      if let node { predicateOfNode[node] = predicate }
    }
    var labels: [Int: String] = [:]
    for index in mapper.linkFrom.indices
    where mapper.roles[Int(mapper.linkPredicate[index])] == .inverseOf {
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
    where mapper.linkTo[index] == symmetric
      && mapper.roles[Int(mapper.linkPredicate[index])] == .type
    {
      nodes.insert(mapper.linkFrom[index])
    }
    return Set(
      kinds.predicateNode.indices.filter { kinds.predicateNode[$0].map(nodes.contains) ?? false })
  }

  /// The source, quote and attributes of a relation: from its named graph,
  /// or from the reified statement about it, whose literals other than the
  /// quote become the relation's attributes.
  private mutating func relationDetail(graph: UInt16, provenance record: Int?) -> RelationDetail {
    let statement = record.map { mapper.statements.records[$0] }
    var source = RelationDetail.noSource
    if let node = statement?.source, node != ReifiedStatement.missing {
      source = sourceNumber(of: .node(node))
    } else if graph != GraphMapper.noGraph {
      source = sourceNumber(of: .graph(graph))
    }
    let attributeStart = mapper.builder.relationAttributeCount
    let node = record.map { Int(mapper.statements.nodes[$0]) }
    if let node {
      for index in attributeGroups.records(of: node) {
        mapper.builder.appendRelationAttribute(storedAttribute(mapper.attributes[index]))
      }
    }
    return RelationDetail(
      source: source, quote: statement?.quote ?? .empty, attributeStart: attributeStart,
      attributeEnd: mapper.builder.relationAttributeCount)
  }

  /// The builder's number for a source, kept for the next relation that
  /// cites it: a new one costs a compacted IRI and a hash.
  private mutating func sourceNumber(of origin: SourceOrigin) -> UInt16 {
    if let number = sourceNumbers.number(of: origin) { return number }
    let number = newSourceNumber(origin)
    sourceNumbers.add(origin, number)
    return number
  }

  /// The builder's number for a source not met before.
  private mutating func newSourceNumber(_ origin: SourceOrigin) -> UInt16 {
    let iri =
      switch origin {
      case .node(let node): mapper.nodes.key(Int(node))
      case .graph(let graph): mapper.graphs.key(Int(graph))
      }
    var key = compactIRI(iri)
    return key.withUTF8 { mapper.builder.sourceNumber(forKey: $0) } ?? RelationDetail.noSource
  }
}
