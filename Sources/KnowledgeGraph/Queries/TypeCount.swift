/// How many entities have one entity type.
public struct TypeCount: Hashable, Sendable {
  public let type: String
  public let count: Int

  public init(type: String, count: Int) {
    self.type = type
    self.count = count
  }
}
