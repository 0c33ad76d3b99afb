/// What a path search may walk and how much it returns.
public struct PathQuery: Hashable, Sendable {
  /// The longest path, in steps, worth finding; longer connections count as none.
  public var maxHops: Int
  /// The relation types a path may use; nil walks every type.
  public var relationTypes: RelationTypeFilter?
  /// How many shortest paths to return; 1 asks for one path and lets the search stop early.
  public var limit: Int

  public init(maxHops: Int = 6, relationTypes: RelationTypeFilter? = nil, limit: Int = 1) {
    self.maxHops = maxHops
    self.relationTypes = relationTypes
    self.limit = limit
  }
}
