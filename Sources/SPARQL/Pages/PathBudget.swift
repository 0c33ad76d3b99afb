/// How much a path search over an endpoint may spend before it gives up and
/// says so: hops, queries and seconds.
public struct PathBudget: Sendable {
  public var maxHops: Int
  public var maxQueries: Int
  public var timeout: Duration
  /// Rows one hop's query may return; a hop past it is searched in part.
  public var rowsPerQuery: Int
  /// Resources pointing at one entity with one predicate beyond which the
  /// search does not walk through them, but for one that meets the other end.
  public var maxFanIn: Int

  public init(
    maxHops: Int = 4, maxQueries: Int = 60, timeout: Duration = .seconds(30),
    rowsPerQuery: Int = 10_000, maxFanIn: Int = 1_000
  ) {
    self.maxHops = maxHops
    self.maxQueries = maxQueries
    self.timeout = timeout
    self.rowsPerQuery = rowsPerQuery
    self.maxFanIn = maxFanIn
  }
}
