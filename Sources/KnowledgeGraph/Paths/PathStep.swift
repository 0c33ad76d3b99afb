/// One step of a path: from an entity along an edge to the edge's other end.
public struct PathStep: Hashable, Sendable {
  public let from: EntityIndex
  public let edge: Edge

  public init(from: EntityIndex, edge: Edge) {
    self.from = from
    self.edge = edge
  }

  public var to: EntityIndex { edge.other }
}
