import KnowledgeGraph

/// What the home screen lists that needs a pass over the whole graph: the
/// entity types with their counts and the most connected entities. Small
/// graphs work it out at once; on large ones the runner builds it off the
/// input loop and the home screen shows a placeholder until it arrives.
public struct HomeStatistics: Hashable, Sendable {
  /// From this many entities on, the statistics are built in the background.
  public static let backgroundThreshold = 1 << 16
  static let hubCount = 10

  /// Entity types, most common first, then by name.
  public let types: [TypeCount]
  /// The entities with the most relations, most first, then in dataset order.
  public let mostConnected: [EntityDegree]

  public init(graph: Graph) {
    var counts = Array(repeating: 0, count: graph.entityTypes.count)
    var best: [EntityDegree] = []
    for entity in graph.entityIndices {
      counts[graph.typeIndex(of: entity)] += 1
      Self.consider(EntityDegree(entity: entity, degree: graph.degree(of: entity)), in: &best)
    }
    types = zip(graph.entityTypes, counts).map { TypeCount(type: $0, count: $1) }
      .filter { $0.count > 0 }
      .sorted { ($1.count, $0.type) < ($0.count, $1.type) }
    mostConnected = best
  }

  /// Keeps `best` the `hubCount` highest degrees seen so far, earliest first among equals.
  private static func consider(_ candidate: EntityDegree, in best: inout [EntityDegree]) {
    guard candidate.degree > 0,
      best.count < hubCount || candidate.degree > best[best.count - 1].degree
    else { return }
    let position = best.firstIndex { $0.degree < candidate.degree } ?? best.count
    best.insert(candidate, at: position)
    if best.count > hubCount { best.removeLast() }
  }
}
