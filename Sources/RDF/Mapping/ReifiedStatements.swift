/// The reified statements of a file, collected in two columns as their
/// triples arrive instead of in a dictionary by node: a statement's triples
/// usually follow each other, so each one updates the last record, and the
/// rare statement whose triples are scattered gets a record per run, merged
/// after the read by `mergeByNode`.
struct ReifiedStatements {
  /// The node of each record; ascending and unique after `mergeByNode`.
  private(set) var nodes: [UInt32] = []
  private(set) var records: [ReifiedStatement] = []

  var count: Int { records.count }

  /// Changes the record of `node`, starting one unless it is the last, and
  /// returns its number, which stays valid until `mergeByNode`.
  @inline(__always) @discardableResult
  mutating func update(_ node: UInt32, _ change: (inout ReifiedStatement) -> Void) -> Int {
    if nodes.last != node {
      nodes.append(node)
      records.append(ReifiedStatement())
    }
    change(&records[records.count - 1])
    return records.count - 1
  }

  /// Changes the record numbered `record`, for a part looked up later.
  mutating func update(record: Int, _ change: (inout ReifiedStatement) -> Void) {
    change(&records[record])
  }

  /// Changes the subject and object of every record, `missing` ones included.
  mutating func renumberParts(_ change: (UInt32) -> UInt32) {
    for index in records.indices {
      records[index].subject = change(records[index].subject)
      records[index].object = change(records[index].object)
    }
  }

  /// Appends the records of `later`, collected from the input right after
  /// these, as their own updates would have: a first record of this one's
  /// last node updates that record. `renumber` gives a record the numbers of
  /// this file's nodes, predicates and strings.
  mutating func append(
    _ later: ReifiedStatements,
    renumberedBy renumber: (UInt32, ReifiedStatement) -> (
      UInt32, ReifiedStatement
    )
  ) {
    nodes.reserveCapacity(nodes.count + later.count)
    records.reserveCapacity(records.count + later.count)
    for index in later.records.indices {
      let (node, record) = renumber(later.nodes[index], later.records[index])
      if index == 0, nodes.last == node {
        records[records.count - 1].update(with: record)
      } else {
        nodes.append(node)
        records.append(record)
      }
    }
  }

  /// One record per node, in node order, each with the parts of all its
  /// runs; where runs disagree, the later one wins, as the triples would.
  mutating func mergeByNode() {
    guard !isStrictlyAscending() else { return }
    let order = nodes.indices.sorted { (nodes[$0], $0) < (nodes[$1], $1) }
    var mergedNodes: [UInt32] = []
    var mergedRecords: [ReifiedStatement] = []
    for index in order {
      if mergedNodes.last == nodes[index] {
        mergedRecords[mergedRecords.count - 1].update(with: records[index])
      } else {
        mergedNodes.append(nodes[index])
        mergedRecords.append(records[index])
      }
    }
    (nodes, records) = (mergedNodes, mergedRecords)
  }

  private func isStrictlyAscending() -> Bool {
    zip(nodes, nodes.dropFirst()).allSatisfy { $0 < $1 }
  }
}
