/// Borrowed pointers into a graph's adjacency columns, for the inner loops of
/// path searches, which must not pay for bounds checks and reference counting
/// on every edge.
struct Adjacency {
  let targets: UnsafeBufferPointer<UInt32>
  let types: UnsafeBufferPointer<UInt16>
  let outOffsets: UnsafeBufferPointer<UInt32>
  let inOffsets: UnsafeBufferPointer<UInt32>
  let incoming: UnsafeBufferPointer<UInt32>

  /// Lends the graph's columns to `body`; the pointers are valid only inside it.
  static func withColumns<Result>(of graph: Graph, _ body: (Adjacency) -> Result) -> Result {
    let relations = graph.relations
    return relations.targets.withUnsafeBufferPointer { targets in
      relations.types.withUnsafeBufferPointer { types in
        relations.outOffsets.withUnsafeBufferPointer { outOffsets in
          relations.inOffsets.withUnsafeBufferPointer { inOffsets in
            relations.incoming.withUnsafeBufferPointer { incoming in
              body(
                Adjacency(
                  targets: targets, types: types, outOffsets: outOffsets, inOffsets: inOffsets,
                  incoming: incoming))
            }
          }
        }
      }
    }
  }

  @inline(__always)
  func degree(of entity: Int) -> Int {
    Int(outOffsets[entity + 1] &- outOffsets[entity])
      + Int(inOffsets[entity + 1] &- inOffsets[entity])
  }
}
