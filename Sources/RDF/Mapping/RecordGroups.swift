/// Records grouped by node without sorting: a count per node, then each
/// record's index placed in its node's run, so all of a node's labels or
/// attributes are found in one slice.
struct RecordGroups {
  private var starts: [Int]
  private var order: [Int]

  init(nodes: [UInt32], nodeCount: Int) {
    var starts = [Int](repeating: 0, count: nodeCount + 1)
    for node in nodes { starts[Int(node) + 1] += 1 }
    for index in 0..<nodeCount { starts[index + 1] += starts[index] }
    var next = starts
    var order = [Int](repeating: 0, count: nodes.count)
    for (index, node) in nodes.enumerated() {
      order[next[Int(node)]] = index
      next[Int(node)] += 1
    }
    self.starts = starts
    self.order = order
  }

  /// The indices of the records of `node`, in the order they were read.
  func records(of node: Int) -> ArraySlice<Int> { order[starts[node]..<starts[node + 1]] }
}
