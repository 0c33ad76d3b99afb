/// One entity near the centre of a neighbourhood, with how it was reached.
public struct NeighborhoodMember: Hashable, Sendable {
  public let entity: EntityIndex
  /// Hops from the centre, at least 1.
  public let distance: Int
  /// The step that first reached the entity, from an entity one hop closer.
  public let step: PathStep

  public init(entity: EntityIndex, distance: Int, step: PathStep) {
    self.entity = entity
    self.distance = distance
    self.step = step
  }
}
