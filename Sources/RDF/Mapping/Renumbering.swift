import KnowledgeGraph

/// How the numbers of a mapper that read a later part of a file change when
/// it is merged into the mapper of the parts before: each table's keys get
/// the numbers the earlier mapper gives them (new keys after its own, in the
/// later mapper's order, as one read of both parts would have numbered
/// them), and its literal text moves behind the earlier mapper's.
struct Renumbering {
  var nodes: [UInt32] = []
  /// The number each of the later mapper's `forward` keys has in the earlier
  /// mapper: a node, or a `forward` number with its mark.
  var forward: [UInt32] = []
  var predicates: [UInt32] = []
  var languageTags: [UInt32] = []
  var datatypes: [UInt32] = []
  var graphs: [UInt32] = []
  var stringShift: UInt32 = 0

  /// Inserts every key of `table` into `target`, in order, and returns the
  /// number each now has there.
  static func keys(of table: ByteStringTable, into target: inout ByteStringTable) -> [UInt32] {
    (0..<table.count).map { key in table.withKey(key) { target.insert($0).number } }
  }

  func node(_ node: UInt32) -> UInt32 {
    nodes[Int(node)]
  }

  /// A node number that may also be a `forward` number or one of the
  /// mapper's markers, which stay.
  func end(_ node: UInt32) -> UInt32 {
    if GraphMapper.isForward(node) { return forward[Int(node & ~GraphMapper.forwardMark)] }
    return node == GraphMapper.pendingObject || node == GraphMapper.listEnd
      ? node : nodes[Int(node)]
  }

  func predicate(_ predicate: UInt32) -> UInt32 {
    predicates[Int(predicate)]
  }

  /// A graph number, kept below `GraphMapper.noGraph` as the mapper keeps it.
  func graph(_ graph: UInt16) -> UInt16 {
    guard graph != GraphMapper.noGraph else { return graph }
    let number = graphs[Int(graph)]
    return number < UInt32(GraphMapper.noGraph) ? UInt16(number) : GraphMapper.noGraph
  }

  func literal(_ record: LiteralRecord) -> LiteralRecord {
    LiteralRecord(
      node: node(record.node), predicate: predicate(record.predicate),
      value: record.value.shifted(by: stringShift),
      language: Self.tag(record.language, languageTags),
      datatype: Self.tag(record.datatype, datatypes))
  }

  /// A tag number as `GraphMapper.literal` stores it: 0 for none, else the
  /// table's number plus one, and 0 again past the table's 65,534th key.
  private static func tag(_ tag: UInt16, _ numbers: [UInt32]) -> UInt16 {
    guard tag != 0 else { return 0 }
    let number = numbers[Int(tag) - 1]
    return number < UInt32(UInt16.max) ? UInt16(number + 1) : 0
  }

  func item(_ item: ListItem) -> ListItem {
    switch item {
    case .node(let to): .node(node(to))
    case .literal(let record): .literal(literal(record))
    }
  }

  func statement(_ record: ReifiedStatement) -> ReifiedStatement {
    var renumbered = record
    renumbered.subject = end(record.subject)
    renumbered.predicate = part(record.predicate, predicates)
    renumbered.object = end(record.object)
    renumbered.source = part(record.source, nodes)
    if record.hasQuote { renumbered.quote = record.quote.shifted(by: stringShift) }
    return renumbered
  }

  private func part(_ number: UInt32, _ numbers: [UInt32]) -> UInt32 {
    number == ReifiedStatement.missing ? number : numbers[Int(number)]
  }
}
