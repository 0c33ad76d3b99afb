/// One relation as seen from one of its ends: what a detail pane lists and a path walks.
public struct Edge: Hashable, Sendable {
  public let relation: RelationIndex
  public let type: RelationTypeIndex
  public let direction: EdgeDirection
  /// The entity at the far end of the relation.
  public let other: EntityIndex

  public init(
    relation: RelationIndex, type: RelationTypeIndex, direction: EdgeDirection, other: EntityIndex
  ) {
    self.relation = relation
    self.type = type
    self.direction = direction
    self.other = other
  }
}
