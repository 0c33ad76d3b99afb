/// RDF collections read as ordered lists instead of `rdf:first`/`rdf:rest`
/// chains: resource members become relations from the list's owner, in
/// order, and literal members one attribute array.
struct ListExpansion {
  /// The resource members of each list, by its head node.
  var members: [UInt32: [UInt32]] = [:]
  /// Literal members, by the owner node: its predicate and values in order.
  var attributes: [UInt32: [(predicate: UInt32, values: [LiteralRecord])]] = [:]

  init(_ mapper: GraphMapper) {
    guard !mapper.listFirst.isEmpty else { return }
    for index in mapper.linkTo.indices where mapper.listFirst[mapper.linkTo[index]] != nil {
      let head = mapper.linkTo[index]
      let items = Self.items(from: head, in: mapper)
      let literals = items.compactMap { item -> LiteralRecord? in
        if case .literal(let record) = item { return record }
        return nil
      }
      if !literals.isEmpty {
        attributes[mapper.linkFrom[index], default: []].append(
          (mapper.linkPredicate[index], literals))
      }
      members[head] = items.compactMap { item -> UInt32? in
        if case .node(let node) = item { return node }
        return nil
      }
    }
  }

  /// The cells from `head` until `rdf:nil`, a missing link or a cycle.
  private static func items(from head: UInt32, in mapper: GraphMapper) -> [ListItem] {
    var items: [ListItem] = []
    var visited: Set<UInt32> = []
    var cell = head
    while cell != GraphMapper.listEnd, visited.insert(cell).inserted,
      let item = mapper.listFirst[cell]
    {
      items.append(item)
      cell = mapper.listRest[cell] ?? GraphMapper.listEnd
    }
    return items
  }
}
