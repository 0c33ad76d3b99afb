/// Records grouped by node without sorting: a count per node, then each
/// record's index placed in its node's run, so all of a node's labels or
/// attributes are found in one slice. Four bytes a node and a record: at
/// millions of nodes, each grouping is tens of megabytes.
struct RecordGroups {
  private var starts: [UInt32]
  private var order: [UInt32]

  init(nodes: [UInt32], nodeCount: Int) {
    var starts = [UInt32](repeating: 0, count: nodeCount + 1)
    for node in nodes { starts[Int(node) + 1] += 1 }
    for index in 0..<nodeCount { starts[index + 1] += starts[index] }
    var next = starts
    var order = [UInt32](repeating: 0, count: nodes.count)
    for (index, node) in nodes.enumerated() {
      order[Int(next[Int(node)])] = UInt32(truncatingIfNeeded: index)
      next[Int(node)] += 1
    }
    self.starts = starts
    self.order = order
  }

  /// The indices of the records of `node`, in the order they were read.
  func records(of node: Int) -> LazyMapCollection<ArraySlice<UInt32>, Int> {
    order[Int(starts[node])..<Int(starts[node + 1])].lazy.map { Int($0) }
  }
}
