/// The outcome of a path search: every shortest path found, up to the query's limit.
public struct PathResult: Hashable, Sendable {
  /// Shortest paths, each a chain of steps from the start to the goal; empty when none.
  public let paths: [[PathStep]]
  /// True when more shortest paths exist than the limit let through.
  public let isTruncated: Bool

  public init(paths: [[PathStep]], isTruncated: Bool) {
    self.paths = paths
    self.isTruncated = isTruncated
  }

  public static let none = PathResult(paths: [], isTruncated: false)

  /// The number of steps of every returned path, or nil when there is no path.
  public var length: Int? { paths.first?.count }
}
