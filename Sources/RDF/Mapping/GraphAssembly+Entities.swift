import KnowledgeGraph

/// Each entity's id, name, aliases, description, types and attributes.
extension GraphAssembly {
  mutating func addEntities(
    listAttributes: [UInt32: [(predicate: UInt32, values: [LiteralRecord])]]
  ) {
    var types = TypeNames(self)
    let incoming = firstIncomingPredicates()
    let ids = CompactIDs(
      nodes: mapper.nodes, entityOf: entityOf, compacter: &compacter, table: mapper.builder.ids)
    var entity = 0
    for node in 0..<mapper.nodes.count where entityOf[node] != Self.unresolved {
      ids.prefetch(entity + CompactIDs.distance, in: mapper.builder.ids)
      let (id, idHash) = entityID(node, preferring: ids, entity)
      entity += 1
      let name = bestLabel(of: node) ?? fallbackName(node, incoming: incoming)
      addAliases(of: node, besides: name)
      for index in attributeGroups.records(of: node) {
        addAttribute(mapper.attributes[index])
      }
      for (predicate, values) in listAttributes[UInt32(node)] ?? [] {
        addListAttribute(predicate, values)
      }
      let type = types.typeNumber(of: node, builder: &mapper.builder)
      _ = mapper.builder.commitEntity(
        id: id, idHash: idHash, name: name, type: type,
        description: bestDescription(of: node) ?? .empty)
    }
  }

  /// The compact IRI, the full IRI when none fits, or `_:label`, with its
  /// hash when it is the one `ids` holds.
  /// Unique whatever the file holds: when the compact form is already an
  /// id (an IRI with the scheme `ex` beside `ex:` as a prefix), the full
  /// IRI, and when that is taken too, the IRI in angle brackets.
  private mutating func entityID(_ node: Int, preferring ids: CompactIDs, _ entity: Int) -> (
    StringRef, UInt32?
  ) {
    let isFree = ids.withID(entity) { id in
      ids.isBlankNode(entity) || mapper.builder.ids.find(id, hash: ids.hash(entity)) == nil
    }
    if isFree {
      return (ids.withID(entity) { mapper.builder.appendString($0) }, ids.hash(entity))
    }
    mapper.nodes.withKey(node) { scratch = Array($0) }
    if isTaken(scratch) { scratch = [UInt8(ascii: "<")] + scratch + [UInt8(ascii: ">")] }
    return (scratch.withUnsafeBufferPointer { mapper.builder.appendString($0) }, nil)
  }

  private mutating func isTaken(_ id: [UInt8]) -> Bool {
    id.withUnsafeBufferPointer { mapper.builder.entityIndex(forID: $0) != nil }
  }

  private mutating func fallbackName(_ node: Int, incoming: [UInt32]) -> StringRef {
    let key = mapper.nodes.key(node)
    let name: String
    if key.hasPrefix("_:") {
      let predicate = incoming[node]
      name =
        predicate == Self.unresolved
        ? "(blank node)" : "(blank node: \(predicateLabel(Int(predicate))))"
    } else {
      name = ReadableName.entity(key)
    }
    return mapper.builder.strings.append(name)
  }

  /// For each blank node, the predicate of the first link that reaches it.
  private func firstIncomingPredicates() -> [UInt32] {
    var incoming = [UInt32](repeating: Self.unresolved, count: mapper.nodes.count)
    for index in mapper.linkTo.indices where incoming[Int(mapper.linkTo[index])] == Self.unresolved
    {
      incoming[Int(mapper.linkTo[index])] = mapper.linkPredicate[index]
    }
    return incoming
  }

  /// Every other label, once: Wikidata repeats each label under three predicates.
  private mutating func addAliases(of node: Int, besides name: StringRef) {
    keptTexts.removeAll(keepingCapacity: true)
    keptTexts.append(name)
    for index in labelGroups.records(of: node) {
      let value = mapper.labels[index].value
      guard !keptTexts.contains(where: { sameText($0, value) }) else { continue }
      keptTexts.append(value)
      mapper.builder.appendAlias(value)
    }
  }

  func sameText(_ first: StringRef, _ second: StringRef) -> Bool {
    first.length == second.length
      && mapper.builder.strings.withBytes(of: first) { one in
        mapper.builder.strings.withBytes(of: second) { ByteComparison.equal(one, $0) }
      }
  }
}
