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

  /// Resolves the batch of put-off lookups at once: sorted by hash slot,
  /// the node table is swept in order instead of missing the cache for
  /// every lookup. A key that is not a node yet may still come as a subject,
  /// so it is numbered in `forward` until `finishPendingNodes`.
  mutating func resolvePendingNodes() {
    guard !pending.isEmpty else { return }
    var found = pending.withKeys { lookUp($0, in: $1) }
    numberInForward(&found)
    for (index, target) in pending.targets.enumerated() {
      resolve(target, to: found[index])
    }
    pending.removeAll()
  }

  /// Gives each of the batch's keys that `found` has no node for its number
  /// in `forward`, marked: looked up there in one sweep too, since most were
  /// named before, and inserted, in batch order, where they are new.
  private mutating func numberInForward(_ found: inout [UInt32]) {
    let missing = found.indices.filter { found[$0] == ByteStringTable.notFound }
    guard !missing.isEmpty else { return }
    let keys = missing.map { pending.keys[$0] }
    var numbers = [UInt32](repeating: ByteStringTable.notFound, count: keys.count)
    keys.withUnsafeBufferPointer { keys in
      pending.withKeys { _, bytes in
        numbers.withUnsafeMutableBufferPointer {
          forward.findOrInsertAll(keys, in: bytes, into: $0)
        }
      }
    }
    for (position, index) in missing.enumerated() {
      found[index] = numbers[position] | Self.forwardMark
    }
  }

  /// Resolves every lookup still put off, at the end of the read: a node
  /// that never came as a subject is numbered after all that did, in the
  /// order the objects first named it.
  mutating func finishPendingNodes() {
    resolvePendingNodes()
    guard forward.count > 0 else { return }
    let numbers = nodeNumbersOfForward()
    for index in linkTo.indices where Self.isForward(linkTo[index]) {
      linkTo[index] = numbers[Int(linkTo[index] & ~Self.forwardMark)]
    }
    statements.renumberParts { Self.isForward($0) ? numbers[Int($0 & ~Self.forwardMark)] : $0 }
    forward = ByteStringTable()
  }

  /// The node of each key in `forward`, made a node now if it never became one.
  private mutating func nodeNumbersOfForward() -> [UInt32] {
    var numbers = forward.withKeys { lookUp($0, in: $1) }
    for index in numbers.indices {
      if numbers[index] == ByteStringTable.notFound {
        numbers[index] = forward.withKey(index) { nodes.insert($0).number }
        isResource.append(true)
      } else {
        isResource[Int(numbers[index])] = true
      }
    }
    return numbers
  }

  /// The node number of each of `keys`, slices of `bytes`, or `notFound`.
  /// The lookups of a large batch are spread over the cores: the table
  /// only is read meanwhile.
  func lookUp(_ keys: UnsafeBufferPointer<StringRef>, in bytes: UnsafeBufferPointer<UInt8>)
    -> [UInt32]
  {
    var found = [UInt32](repeating: ByteStringTable.notFound, count: keys.count)
    let parallel = keys.count >= Self.parallelLookupMinimum
    let slices = ParallelWork.ranges(of: keys.count, count: parallel ? ParallelWork.width : 1)
    found.withUnsafeMutableBufferPointer { found in
      let output = SharedBuffer(found)
      _ = ParallelWork.map(slices.count) { slice in
        let range = slices[slice]
        nodes.findAll(
          UnsafeBufferPointer(rebasing: keys[range]), in: bytes,
          into: UnsafeMutableBufferPointer(rebasing: output.buffer[range]))
      }
    }
    return found
  }

  /// The fewest lookups worth spreading over the cores.
  private static let parallelLookupMinimum = PendingNodes.batchSize * 4

  private mutating func resolve(_ target: PendingNodes.Target, to number: UInt32) {
    if !Self.isForward(number) { isResource[Int(number)] = true }
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
