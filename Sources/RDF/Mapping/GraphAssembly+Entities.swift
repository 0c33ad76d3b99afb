import KnowledgeGraph

/// Each entity's id, name, aliases, description, types and attributes.
extension GraphAssembly {
  mutating func addEntities(
    listAttributes: [UInt32: [(predicate: UInt32, values: [LiteralRecord])]]
  ) {
    var types = TypeNames(self)
    let incoming = firstIncomingPredicates()
    for node in 0..<mapper.nodes.count where entityOf[node] != Self.unresolved {
      let id = entityID(node)
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
        id: id, name: name, type: type, description: bestDescription(of: node) ?? .empty)
    }
  }

  /// The compact IRI, the full IRI when none fits, or `_:label`.
  /// Unique whatever the file holds: when the compact form is already an
  /// id (an IRI with the scheme `ex` beside `ex:` as a prefix), the full
  /// IRI, and when that is taken too, the IRI in angle brackets.
  private mutating func entityID(_ node: Int) -> StringRef {
    let key = mapper.nodes.withKey(node) { Array($0) }
    if key.first == UInt8(ascii: "_") {
      scratch = key
    } else {
      key.withUnsafeBufferPointer { compacter.compact($0, into: &scratch) }
      if isTaken(scratch) { scratch = key }
      if isTaken(scratch) { scratch = [UInt8(ascii: "<")] + key + [UInt8(ascii: ">")] }
    }
    return scratch.withUnsafeBufferPointer { mapper.builder.appendString($0) }
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
    var kept: [StringRef] = [name]
    for index in labelGroups.records(of: node) {
      let value = mapper.labels[index].value
      guard !kept.contains(where: { sameText($0, value) }) else { continue }
      kept.append(value)
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
