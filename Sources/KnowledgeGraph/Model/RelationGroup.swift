/// A run of an entity's edges that share a relation type and direction, so they
/// share a label; the detail pane shows one heading with a count per group.
///
/// Groups are ranges into the graph's sorted adjacency, so an entity with
/// 100,000 relations is grouped without visiting each relation.
public struct RelationGroup: Hashable, Sendable {
  public let type: RelationTypeIndex
  public let direction: EdgeDirection
  /// Positions within `Graph.edges(of:direction:)` for this entity and direction.
  public let range: Range<Int>

  public init(type: RelationTypeIndex, direction: EdgeDirection, range: Range<Int>) {
    self.type = type
    self.direction = direction
    self.range = range
  }

  public var count: Int { range.count }
}
