/// A lazy random-access view of one entity's edges in one direction.
///
/// Edges are sorted by relation type and then by the other entity, so each
/// relation group is a contiguous slice.
public struct EdgeList: RandomAccessCollection, Sendable {
  let graph: Graph
  public let direction: EdgeDirection
  let storage: Range<Int>

  public var startIndex: Int { 0 }
  public var endIndex: Int { storage.count }

  public subscript(position: Int) -> Edge {
    graph.edge(atStorage: storage.lowerBound + position, direction: direction)
  }
}
