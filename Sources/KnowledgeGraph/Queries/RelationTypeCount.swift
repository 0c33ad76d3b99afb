/// How many relations have one relation type.
public struct RelationTypeCount: Hashable, Sendable {
  public let type: RelationTypeIndex
  public let count: Int

  public init(type: RelationTypeIndex, count: Int) {
    self.type = type
    self.count = count
  }
}
