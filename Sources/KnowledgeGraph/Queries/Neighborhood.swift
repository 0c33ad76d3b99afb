/// The entities within a number of hops of one entity: `kg neighbors` and
/// `kg export --around`.
///
/// Members come in breadth-first order (by distance, then in the order of the
/// edges that reached them), so the output is stable and nearest first.
public struct Neighborhood: Hashable, Sendable {
  public let center: EntityIndex
  public let depth: Int
  /// Every entity reached, centre excluded.
  public let members: [NeighborhoodMember]

  /// Walks up to `depth` hops along `direction`, following only relation types
  /// that `filter` allows (all when nil).
  public init(
    graph: Graph, center: EntityIndex, depth: Int, direction: TraversalDirection = .both,
    filter: RelationTypeFilter? = nil
  ) {
    self.center = center
    self.depth = depth
    var reached: Set<EntityIndex> = [center]
    var members: [NeighborhoodMember] = []
    var frontier = [center]
    for distance in 1...max(1, depth) where depth > 0 && !frontier.isEmpty {
      var next: [EntityIndex] = []
      for entity in frontier {
        for edgeDirection in direction.edgeDirections {
          for edge in graph.edges(of: entity, direction: edgeDirection)
          where filter?.allows(edge.type) ?? true && reached.insert(edge.other).inserted {
            let step = PathStep(from: entity, edge: edge)
            members.append(NeighborhoodMember(entity: edge.other, distance: distance, step: step))
            next.append(edge.other)
          }
        }
      }
      frontier = next
    }
    self.members = members
  }

  /// The centre and every member, centre first.
  public var entities: [EntityIndex] { [center] + members.map(\.entity) }
}
