/// The benchmark's graph, the same in every format: `nodeCount` entities of
/// eight types with a name and an integer attribute, and five times as many
/// relations of twelve types between entities picked by a seeded generator.
struct SyntheticGraph {
  static let entityTypes = [
    "Person", "Company", "Lab", "Product", "Paper", "Fund", "City", "Event",
  ]
  static let relationTypes = (0..<12).map { "relation_\($0)" }

  let nodeCount: Int
  var edgeCount: Int { nodeCount * 5 }

  func name(of node: Int) -> String { "Entity \(node) of \(Self.entityTypes[node % 8])" }
  func type(of node: Int) -> String { Self.entityTypes[node % 8] }
  func rank(of node: Int) -> Int { node % 1000 }

  /// Calls `body` with each relation's from, type number and to, in file order.
  func forEachEdge(_ body: (Int, Int, Int) -> Void) {
    var random = SplitMix(seed: 42)
    for edge in 0..<edgeCount {
      let from = edge / 5
      let to = Int(random.next() % UInt64(nodeCount))
      body(from, Int(random.next() % 12), to)
    }
  }
}
