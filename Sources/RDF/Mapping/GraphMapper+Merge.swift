/// Merging the mapper of a later part of a file into the mapper of the
/// parts before it, so parts can be read on separate cores.
extension GraphMapper {
  /// Takes in everything `later` read from the bytes right after this
  /// mapper's, so that this mapper holds what one mapper reading both in
  /// order would: the same node, predicate, tag and graph numbers, the same
  /// columns in the same order, and the same text.
  ///
  /// Both mappers must still hold their put-off lookups (no
  /// `finishPendingNodes` yet): those of `later` wait behind this mapper's,
  /// so the nodes that are only ever objects are numbered in the order the
  /// file first names them, after every subject of every part.
  mutating func merge(_ later: GraphMapper) {
    var renumbering = Renumbering(
      nodes: takeNodes(of: later), predicates: takePredicates(of: later))
    renumbering.languageTags = Renumbering.keys(of: later.languageTags, into: &languageTags)
    renumbering.datatypes = Renumbering.keys(of: later.datatypes, into: &datatypes)
    renumbering.graphs = Renumbering.keys(of: later.graphs, into: &graphs)
    renumbering.stringShift = UInt32(truncatingIfNeeded: builder.strings.count)
    renumbering.linkShift = UInt32(truncatingIfNeeded: linkFrom.count)
    builder.strings.append(contentsOf: later.builder.strings)
    takeLinks(of: later, renumbering)
    labels.append(contentsOf: later.labels.lazy.map(renumbering.literal))
    descriptions.append(contentsOf: later.descriptions.lazy.map(renumbering.literal))
    attributes.append(contentsOf: later.attributes.lazy.map(renumbering.literal))
    takeLists(of: later, renumbering)
    renumbering.recordShift = UInt32(
      truncatingIfNeeded: statements.append(later.statements) { node, record in
        (renumbering.node(node), renumbering.statement(record))
      })
    takePendingNodes(of: later, renumbering)
    for namespace in later.declared {
      declared.removeAll { $0.prefix == namespace.prefix }
      declared.append(namespace)
    }
  }

  /// Numbers `later`'s nodes here, a node new to this mapper after all of
  /// its own; a node is a resource if either mapper found it one.
  private mutating func takeNodes(of later: GraphMapper) -> [UInt32] {
    isResource.reserveCapacity(isResource.count + later.nodes.count)
    return (0..<later.nodes.count).map { node in
      let (number, isNew) = later.nodes.withKey(node) { nodes.insert($0) }
      if isNew {
        isResource.append(later.isResource[node])
      } else if later.isResource[node] {
        isResource[Int(number)] = true
      }
      return number
    }
  }

  private mutating func takePredicates(of later: GraphMapper) -> [UInt32] {
    (0..<later.predicates.count).map { predicate in
      let (number, isNew) = later.predicates.withKey(predicate) { predicates.insert($0) }
      if isNew { roles.append(later.roles[predicate]) }
      return number
    }
  }

  private mutating func takeLinks(of later: GraphMapper, _ renumbering: Renumbering) {
    linkFrom.append(contentsOf: later.linkFrom.lazy.map(renumbering.node))
    linkTo.append(contentsOf: later.linkTo.lazy.map(renumbering.end))
    linkPredicate.append(contentsOf: later.linkPredicate.lazy.map(renumbering.predicate))
    linkGraph.append(contentsOf: later.linkGraph.lazy.map(renumbering.graph))
  }

  /// List cells of `later`; where both mappers name a cell's part, the later one wins.
  private mutating func takeLists(of later: GraphMapper, _ renumbering: Renumbering) {
    for (cell, item) in later.listFirst {
      listFirst[renumbering.node(cell)] = renumbering.item(item)
    }
    for (cell, rest) in later.listRest {
      listRest[renumbering.node(cell)] = renumbering.end(rest)
    }
  }

  /// Every lookup still put off, this mapper's first, then `later`'s, in the order they were
  /// put off: `finishPendingNodes` resolves them as one read would have at its end.
  private mutating func takePendingNodes(of later: GraphMapper, _ renumbering: Renumbering) {
    unresolved.append(contentsOf: pending) { $0 }
    unresolved.append(contentsOf: later.unresolved, retargeting: renumbering.target)
    unresolved.append(contentsOf: later.pending, retargeting: renumbering.target)
    pending.removeAll()
  }
}
