import KnowledgeGraph

/// Sorting each statement by what its predicate means.
extension GraphMapper {
  private static let nilIRI = Array(RDFVocabulary.emptyList.utf8)
  private static let statementIRI = Array(RDFVocabulary.statement.utf8)

  mutating func link(_ from: UInt32, _ predicate: UInt32, _ object: RDFTerm, graph: RDFTerm?) {
    let role = roles[Int(predicate)]
    switch role {
    case .listRest where ByteComparison.equal(object.value, Self.nilIRI):
      listRest[from] = Self.listEnd
    case .type where ByteComparison.equal(object.value, Self.statementIRI):
      return
    case .statementPart(.predicate):
      let number = predicates.insert(object.value).number
      statements.update(from) { $0.predicate = number }
      ensureRole(of: number)
    case .other where graph == nil:
      if let key = inputReference(object) {
        pendingObjects.append(key)
        pendingLinks.append(UInt32(truncatingIfNeeded: linkTo.count))
        appendLink(from, predicate, to: Self.pendingObject, graph: Self.noGraph)
      } else {
        appendLink(from, predicate, to: node(object, isResource: true), graph: Self.noGraph)
      }
    default:
      let to = node(object, isResource: role != .type)
      record(from, predicate, role, to, graph: graph)
    }
  }

  /// Where an IRI lies in the whole input being read, when it lies there
  /// as it is (not decoded from escapes or resolved against a base).
  private func inputReference(_ term: RDFTerm) -> StringRef? {
    guard term.kind == .iri, let input, let base = input.baseAddress,
      let start = term.value.baseAddress, start >= base,
      start + term.value.count <= base + input.count
    else { return nil }
    return StringRef(start - base..<start - base + term.value.count)
  }

  /// Gives the relation objects deferred while reading their nodes, all at
  /// once: sorted by hash slot, the table is swept once instead of missing
  /// the cache for every object. Call it before the input goes away.
  mutating func resolvePendingObjects() {
    guard let input, !pendingObjects.isEmpty else { return }
    var found = [UInt32](repeating: ByteStringTable.notFound, count: pendingObjects.count)
    pendingObjects.withUnsafeBufferPointer { keys in
      found.withUnsafeMutableBufferPointer { nodes.findAll(keys, in: input, into: $0) }
    }
    for (index, key) in pendingObjects.enumerated() {
      var number = found[index]
      if number == ByteStringTable.notFound {
        let bytes = UnsafeBufferPointer(
          rebasing: input[Int(key.offset)..<Int(key.offset) + Int(key.length)])
        number = nodes.insert(bytes).number
        if Int(number) == isResource.count { isResource.append(true) }
      }
      isResource[Int(number)] = true
      linkTo[Int(pendingLinks[index])] = number
    }
    pendingObjects = []
    pendingLinks = []
  }

  private mutating func ensureRole(of predicate: UInt32) {
    guard Int(predicate) == roles.count else { return }
    roles.append(PredicateRole(iri: predicates.key(Int(predicate))))
  }

  private mutating func record(
    _ from: UInt32, _ predicate: UInt32, _ role: PredicateRole, _ to: UInt32, graph: RDFTerm?
  ) {
    switch role {
    case .listFirst: listFirst[from] = .node(to)
    case .listRest: listRest[from] = to
    case .statementPart(.subject): statements.update(from) { $0.subject = to }
    case .statementPart(.object): statements.update(from) { $0.object = to }
    case .provenanceSource: statements.update(from) { $0.source = to }
    default:
      appendLink(from, predicate, to: to, graph: graph.map { graphNumber($0) } ?? Self.noGraph)
    }
  }

  private mutating func appendLink(_ from: UInt32, _ predicate: UInt32, to: UInt32, graph: UInt16) {
    linkFrom.append(from)
    linkTo.append(to)
    linkPredicate.append(predicate)
    linkGraph.append(graph)
  }

  private mutating func graphNumber(_ term: RDFTerm) -> UInt16 {
    let number = graphs.insert(term.value).number
    return number < UInt32(Self.noGraph) ? UInt16(number) : Self.noGraph
  }

  mutating func literal(_ object: RDFTerm, of node: UInt32, predicate: UInt32) {
    let record = LiteralRecord(
      node: node, predicate: predicate, value: builder.appendString(object.value),
      language: tagNumber(object.language, in: &languageTags),
      datatype: tagNumber(object.datatype, in: &datatypes))
    switch roles[Int(predicate)] {
    case .label, .alternativeLabel: labels.append(record)
    case .description: descriptions.append(record)
    case .listFirst: listFirst[node] = .literal(record)
    case .provenanceQuote:
      statements.update(node) { ($0.quote, $0.hasQuote) = (record.value, true) }
    default: attributes.append(record)
    }
  }

  private func tagNumber(_ bytes: UnsafeBufferPointer<UInt8>, in table: inout ByteStringTable)
    -> UInt16
  {
    guard !bytes.isEmpty else { return 0 }
    let number = table.insert(bytes).number
    return number < UInt32(UInt16.max) ? UInt16(number + 1) : 0
  }
}
