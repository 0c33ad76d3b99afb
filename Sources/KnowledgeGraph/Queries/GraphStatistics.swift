/// A summary of a graph for `kg stats`: sizes, type vocabularies, hubs and
/// how the graph falls apart into connected pieces.
///
/// Components ignore relation direction (a subsidiary and its parent are
/// connected either way), which is also how paths are searched.
public struct GraphStatistics: Hashable, Sendable {
  public let entityCount: Int
  public let relationCount: Int
  /// Entity types, most common first, then by name.
  public let entityTypes: [TypeCount]
  /// Every relation type, most used first, then in declaration order; unused types count 0.
  public let relationTypes: [RelationTypeCount]
  /// The entities with the most relations, most first, then in dataset order.
  public let mostConnected: [EntityDegree]
  public let componentCount: Int
  /// The sizes of the largest components, largest first.
  public let largestComponents: [Int]
  /// Entities without any relation; each is a component of its own.
  public let isolatedEntityCount: Int

  /// Summarizes `graph`, listing `top` hubs and components.
  public init(graph: Graph, top: Int = 10) {
    entityCount = graph.entityCount
    relationCount = graph.relationCount
    entityTypes = Self.countEntityTypes(graph)
    relationTypes = Self.countRelationTypes(graph)
    mostConnected = Self.mostConnected(graph, top: top)
    let sizes = Self.componentSizes(graph)
    componentCount = sizes.count
    largestComponents = Array(sizes.sorted(by: >).prefix(top))
    isolatedEntityCount = graph.entityIndices.filter { graph.degree(of: $0) == 0 }.count
  }

  private static func countEntityTypes(_ graph: Graph) -> [TypeCount] {
    var counts = Array(repeating: 0, count: graph.entityTypes.count)
    for entity in graph.entityIndices { counts[graph.typeIndex(of: entity)] += 1 }
    return zip(graph.entityTypes, counts).map { TypeCount(type: $0, count: $1) }
      .filter { $0.count > 0 }
      .sorted { ($1.count, $0.type) < ($0.count, $1.type) }
  }

  private static func countRelationTypes(_ graph: Graph) -> [RelationTypeCount] {
    var counts = Array(repeating: 0, count: graph.relationTypes.count)
    for type in graph.relations.types { counts[Int(type)] += 1 }
    return counts.enumerated().map { RelationTypeCount(type: RelationTypeIndex($0), count: $1) }
      .sorted { ($1.count, $0.type.rawValue) < ($0.count, $1.type.rawValue) }
  }

  private static func mostConnected(_ graph: Graph, top: Int) -> [EntityDegree] {
    var best: [EntityDegree] = []
    for entity in graph.entityIndices {
      let candidate = EntityDegree(entity: entity, degree: graph.degree(of: entity))
      guard candidate.degree > 0, best.count < top || candidate.degree > best[best.count - 1].degree
      else { continue }
      let position = best.firstIndex { $0.degree < candidate.degree } ?? best.count
      best.insert(candidate, at: position)
      if best.count > top { best.removeLast() }
    }
    return best
  }

  private static func componentSizes(_ graph: Graph) -> [Int] {
    var sets = UnionFind(count: graph.entityCount)
    let offsets = graph.relations.outOffsets
    for entity in 0..<graph.entityCount {
      for relation in Int(offsets[entity])..<Int(offsets[entity + 1]) {
        sets.union(entity, Int(graph.relations.targets[relation]))
      }
    }
    return sets.setSizes()
  }
}
