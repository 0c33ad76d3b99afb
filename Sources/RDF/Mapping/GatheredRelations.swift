import CMemoryHints
import KnowledgeGraph

/// The relations of a file's links, gathered on the second core while the
/// first adds entities: reading each link's entity ends and reified
/// statement at random is most of the work of adding relations, and none
/// of it changes the graph builder. `GraphAssembly.addRelations(_:)` then
/// declares the relation types and sources in the order the relations first
/// use them, adds the statements' attributes, and hands the columns over.
struct GatheredRelations {
  private(set) var from: [UInt32] = []
  private(set) var to: [UInt32] = []
  /// Each relation's predicate, which gives its type once types are declared.
  private(set) var predicates: [UInt32] = []
  /// Details whose `source` is a number in `origins`, or `noSource`.
  private(set) var details: [RelationDetail] = []
  /// The relation of each detail.
  private(set) var detailOrdinals: [UInt32] = []
  /// Predicates in the order their first relation comes.
  private(set) var predicateOrder: [UInt32] = []
  /// Sources in the order relations first cite them.
  private(set) var origins: [SourceOrigin] = []
  /// The details that take the attributes of a reified statement's node:
  /// one link's, shared by the relations to each of a list's members.
  private(set) var attributed: [(details: Range<Int>, node: UInt32)] = []
  /// False when more sources are cited than a detail can number; the
  /// relations must then be added one by one.
  private(set) var isComplete = true

  /// How many links ahead the statement a link names is asked for.
  private static let prefetchDistance = 16

  /// The relations of `links`: those whose subject is an entity and whose
  /// object is an entity or a list, in link order, each list member a relation.
  init(
    links: LinkColumns, graphs: [UInt16], entityOf: [UInt32], lists: ListExpansion,
    statements: ReifiedStatements, statementOfLink: [UInt32], attributeGroups: RecordGroups,
    predicateCount: Int
  ) {
    var seenPredicates = [Bool](repeating: false, count: predicateCount)
    var originNumbers = OriginNumbers()
    from.reserveCapacity(links.from.count)
    to.reserveCapacity(links.from.count)
    predicates.reserveCapacity(links.from.count)
    for index in links.from.indices {
      if index + Self.prefetchDistance < statementOfLink.count {
        Self.prefetch(statementOfLink[index + Self.prefetchDistance], in: statements)
      }
      let subject = entityOf[Int(links.from[index])]
      let object = links.to[index]
      guard subject != GraphAssembly.unresolved else { continue }
      let members = lists.members.isEmpty ? nil : lists.members[object]
      guard members != nil || entityOf[Int(object)] != GraphAssembly.unresolved else { continue }
      let predicate = links.predicate[index]
      if !seenPredicates[Int(predicate)] {
        seenPredicates[Int(predicate)] = true
        predicateOrder.append(predicate)
      }
      let record =
        statementOfLink[index] == ProvenanceIndex.none ? nil : Int(statementOfLink[index])
      guard
        let detail = detail(
          graph: graphs[index], record: record, statements: statements, numbers: &originNumbers)
      else {
        isComplete = false
        return
      }
      let node = record.map { statements.nodes[$0] }
      let hasAttributes = node.map { !attributeGroups.records(of: Int($0)).isEmpty } ?? false
      let firstDetail = details.count
      if let members {
        for target in members where entityOf[Int(target)] != GraphAssembly.unresolved {
          append(subject, predicate, entityOf[Int(target)], detail, keepsDetail: hasAttributes)
        }
      } else {
        append(subject, predicate, entityOf[Int(object)], detail, keepsDetail: hasAttributes)
      }
      if let node, hasAttributes { attributed.append((firstDetail..<details.count, node)) }
    }
  }

  /// A link's detail, its source numbered in `origins`; nil past the
  /// number of sources a detail can hold.
  private mutating func detail(
    graph: UInt16, record: Int?, statements: ReifiedStatements, numbers: inout OriginNumbers
  ) -> RelationDetail? {
    let statement = record.map { statements.records[$0] }
    var origin: SourceOrigin?
    if let node = statement?.source, node != ReifiedStatement.missing {
      origin = .node(node)
    } else if graph != GraphMapper.noGraph {
      origin = .graph(graph)
    }
    var source = RelationDetail.noSource
    if let origin {
      if let known = numbers.number(of: origin) {
        source = known
      } else {
        guard origins.count < Int(RelationDetail.noSource) else { return nil }
        source = UInt16(origins.count)
        numbers.add(origin, source)
        origins.append(origin)
      }
    }
    return RelationDetail(
      source: source, quote: statement?.quote ?? .empty, attributeStart: 0, attributeEnd: 0)
  }

  /// Appends one relation; its detail is kept when it has a source or a
  /// quote, or attributes, which come later.
  private mutating func append(
    _ subject: UInt32, _ predicate: UInt32, _ object: UInt32, _ detail: RelationDetail,
    keepsDetail: Bool
  ) {
    if !detail.isEmpty || keepsDetail {
      detailOrdinals.append(UInt32(truncatingIfNeeded: from.count))
      details.append(detail)
    }
    from.append(subject)
    to.append(object)
    predicates.append(predicate)
  }

  /// Asks for a reified statement's record and node to be loaded into the
  /// cache: the statements of a million relations span tens of megabytes,
  /// and each link's is read at random.
  private static func prefetch(_ record: UInt32, in statements: ReifiedStatements) {
    guard record != ProvenanceIndex.none else { return }
    statements.records.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + Int(record)) }
    statements.nodes.withUnsafeBufferPointer { kg_prefetch($0.baseAddress! + Int(record)) }
  }

  /// Gives the details their builder's source numbers, `sources[n]` for
  /// origin `n`, and `attributes` the attribute range of each attributed
  /// link. Usually the builder numbers the sources as they were gathered
  /// and no statement has attributes, and the details are left untouched,
  /// so the columns move into the builder without a copy.
  mutating func resolve(sources: [UInt16], attributes: [Range<UInt32>]) {
    if sources.indices.contains(where: { sources[$0] != UInt16($0) }) {
      for index in details.indices where details[index].source != RelationDetail.noSource {
        details[index].source = sources[Int(details[index].source)]
      }
    }
    for (entry, range) in zip(attributed, attributes) {
      for index in entry.details {
        details[index].attributeStart = range.lowerBound
        details[index].attributeEnd = range.upperBound
      }
    }
  }
}
