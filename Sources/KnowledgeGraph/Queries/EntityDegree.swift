/// An entity with its number of relations, both directions together.
public struct EntityDegree: Hashable, Sendable {
  public let entity: EntityIndex
  public let degree: Int

  public init(entity: EntityIndex, degree: Int) {
    self.entity = entity
    self.degree = degree
  }
}
