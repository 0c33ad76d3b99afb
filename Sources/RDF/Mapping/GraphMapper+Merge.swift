import KnowledgeGraph
import Parallel

/// Merging the mapper of a later part of a file into the mapper of the
/// parts before it, so parts can be read on separate cores.
extension GraphMapper {
  /// Takes in everything `later` read from the bytes right after this
  /// mapper's, so that this mapper holds what one mapper reading both in
  /// order would: the same node, predicate, tag and graph numbers, the same
  /// columns in the same order, and the same text.
  ///
  /// Both mappers must have resolved their batches (`resolvePendingNodes`)
  /// but not finished them (`finishPendingNodes`): the keys `later` found
  /// no node for are looked up again among both mappers' nodes, and those
  /// still not found join this mapper's `forward` after its own, so the
  /// nodes that are only ever objects are numbered in the order the file
  /// first names them, after every subject of every part.
  mutating func merge(_ later: GraphMapper) {
    let stringShift = UInt32(truncatingIfNeeded: builder.strings.count)
    var renumbering = Renumbering(
      nodes: takeNodesAndText(of: later), predicates: takePredicates(of: later))
    renumbering.stringShift = stringShift
    renumbering.forward = takeForward(of: later)
    renumbering.languageTags = Renumbering.keys(of: later.languageTags, into: &languageTags)
    renumbering.datatypes = Renumbering.keys(of: later.datatypes, into: &datatypes)
    renumbering.graphs = Renumbering.keys(of: later.graphs, into: &graphs)
    takeLinks(of: later, renumbering)
    labels.append(contentsOf: later.labels.lazy.map(renumbering.literal))
    descriptions.append(contentsOf: later.descriptions.lazy.map(renumbering.literal))
    attributes.append(contentsOf: later.attributes.lazy.map(renumbering.literal))
    takeLists(of: later, renumbering)
    statements.append(later.statements) { node, record in
      (renumbering.node(node), renumbering.statement(record))
    }
    for namespace in later.declared {
      declared.removeAll { $0.prefix == namespace.prefix }
      declared.append(namespace)
    }
  }

  /// Numbers `later`'s nodes here, and appends its literal text to this
  /// mapper's, on two cores: both wait mostly for memory.
  private mutating func takeNodesAndText(of later: GraphMapper) -> [UInt32] {
    var table = ByteStringTable()
    var resources: [Bool] = []
    var text = StringArena()
    swap(&table, &nodes)
    swap(&resources, &isResource)
    swap(&text, &builder.strings)
    let (numbers, _) = ParallelWork.both(
      { Self.takeNodes(of: later, into: &table, resources: &resources) },
      { text.append(contentsOf: later.builder.strings) })
    swap(&table, &nodes)
    swap(&resources, &isResource)
    swap(&text, &builder.strings)
    return numbers
  }

  /// Numbers `later`'s nodes in `table`, a node new to it after all of its
  /// own; a node is a resource if either mapper found it one. Each key's
  /// home slot is asked for a few keys ahead, so the inserts into a table of
  /// millions overlap their waits for memory instead of taking them in turn.
  private static func takeNodes(
    of later: GraphMapper, into table: inout ByteStringTable, resources: inout [Bool]
  ) -> [UInt32] {
    let count = later.nodes.count
    let distance = Self.prefetchDistance
    var hashes = [UInt32](repeating: 0, count: distance)
    for node in 0..<min(distance, count) {
      hashes[node] = later.nodes.withKey(node) { table.hashAndPrefetch($0) }
    }
    resources.reserveCapacity(resources.count + count)
    return (0..<count).map { node in
      let hash = hashes[node % distance]
      if node + distance < count {
        hashes[node % distance] = later.nodes.withKey(node + distance) {
          table.hashAndPrefetch($0)
        }
      }
      let (number, isNew) = later.nodes.withKey(node) { table.insert($0, hash: hash) }
      if isNew {
        resources.append(later.isResource[node])
      } else if later.isResource[node] {
        resources[Int(number)] = true
      }
      return number
    }
  }

  /// How many keys ahead `takeNodes` prefetches.
  private static let prefetchDistance = 16

  /// The number `later`'s `forward` keys have here: a node where one of
  /// the two mappers made it one, which is then a resource (it may have
  /// been only a class so far), else a number in this mapper's `forward`.
  private mutating func takeForward(of later: GraphMapper) -> [UInt32] {
    var numbers = later.forward.withKeys { lookUp($0, in: $1) }
    for index in numbers.indices {
      if numbers[index] == ByteStringTable.notFound {
        numbers[index] =
          later.forward.withKey(index) { forward.insert($0).number } | Self.forwardMark
      } else {
        isResource[Int(numbers[index])] = true
      }
    }
    return numbers
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
}
