import KnowledgeGraph
import Parallel

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
      appendLink(from, predicate, to: Self.pendingObject, graph: Self.noGraph)
      putOff(object, for: .linkEnd(UInt32(truncatingIfNeeded: linkTo.count - 1)))
    case .statementPart(.subject):
      let record = statements.update(from) { _ in }
      putOff(object, for: .statementSubject(UInt32(truncatingIfNeeded: record)))
    case .statementPart(.object):
      let record = statements.update(from) { _ in }
      putOff(object, for: .statementObject(UInt32(truncatingIfNeeded: record)))
    default:
      let to = node(object, isResource: role != .type)
      record(from, predicate, role, to, graph: graph)
    }
  }

  private mutating func putOff(_ object: RDFTerm, for target: PendingNodes.Target) {
    pending.append(object, for: target)
    if pending.isFull { resolvePendingNodes() }
  }

  /// Gives the node lookups of the batch that are already nodes their
  /// numbers, all at once: sorted by hash slot, the table is swept in order
  /// instead of missing the cache for every lookup. The rest wait for
  /// `finishPendingNodes`, since their node may still come as a subject.
  mutating func resolvePendingNodes() {
    guard !pending.isEmpty else { return }
    let found = lookUp(pending)
    for (index, target) in pending.targets.enumerated() {
      if found[index] == ByteStringTable.notFound {
        unresolved.append(keyOf: index, in: pending)
      } else {
        resolve(target, to: found[index])
      }
    }
    pending.removeAll()
  }

  /// Resolves every lookup still put off, at the end of the read: a node
  /// that never came as a subject is numbered after all that did, in the
  /// order the objects first named it.
  mutating func finishPendingNodes() {
    resolvePendingNodes()
    guard !unresolved.isEmpty else { return }
    let found = lookUp(unresolved)
    for (index, target) in unresolved.targets.enumerated() {
      var number = found[index]
      if number == ByteStringTable.notFound {
        number = unresolved.withKey(index) { nodes.insert($0).number }
        if Int(number) == isResource.count { isResource.append(true) }
      }
      resolve(target, to: number)
    }
    unresolved = PendingNodes()
  }

  /// The node number of each key of `batch`, or `notFound`. The lookups of
  /// a large batch, the last one of a read in parts, are spread over the
  /// cores: the table only is read meanwhile.
  private func lookUp(_ batch: PendingNodes) -> [UInt32] {
    var found = [UInt32](repeating: ByteStringTable.notFound, count: batch.keys.count)
    let parallel = batch.keys.count >= Self.parallelLookupMinimum
    let slices = ParallelWork.ranges(
      of: batch.keys.count, count: parallel ? ParallelWork.width : 1)
    batch.keyBytes.withUnsafeBufferPointer { bytes in
      batch.keys.withUnsafeBufferPointer { keys in
        found.withUnsafeMutableBufferPointer { found in
          let output = SharedBuffer(found)
          _ = ParallelWork.map(slices.count) { slice in
            let range = slices[slice]
            nodes.findAll(
              UnsafeBufferPointer(rebasing: keys[range]), in: bytes,
              into: UnsafeMutableBufferPointer(rebasing: output.buffer[range]))
          }
        }
      }
    }
    return found
  }

  /// The fewest lookups worth spreading over the cores.
  private static let parallelLookupMinimum = PendingNodes.batchSize * 4

  private mutating func resolve(_ target: PendingNodes.Target, to number: UInt32) {
    isResource[Int(number)] = true
    switch target {
    case .linkEnd(let link): linkTo[Int(link)] = number
    case .statementSubject(let record):
      statements.update(record: Int(record)) { $0.subject = number }
    case .statementObject(let record): statements.update(record: Int(record)) { $0.object = number }
    }
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
