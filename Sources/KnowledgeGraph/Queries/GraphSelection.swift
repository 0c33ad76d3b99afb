/// The part of a graph an export writes: every entity, or a neighbourhood
/// with the relations among its members.
///
/// Relations are listed by source entity, then type key, then target entity.
/// Ordering by key rather than by internal type number keeps an export
/// identical after it is loaded again, whatever order the types were
/// numbered in.
public struct GraphSelection: Hashable, Sendable {
  /// Selected entities in dataset order.
  public let entities: [EntityIndex]
  public let relations: [RelationIndex]
  /// True for the whole graph, whose export also keeps unused declarations.
  public let isWholeGraph: Bool

  public static func whole(_ graph: Graph) -> GraphSelection {
    GraphSelection(
      graph: graph, entities: Array(graph.entityIndices), includes: { _ in true },
      isWholeGraph: true)
  }

  /// The neighbourhood of `center` up to `depth` hops in either direction,
  /// with every relation whose two ends are both in it.
  public static func around(_ center: EntityIndex, depth: Int, in graph: Graph) -> GraphSelection {
    let members = Neighborhood(graph: graph, center: center, depth: depth).entities
    var selected = Array(repeating: false, count: graph.entityCount)
    for entity in members { selected[entity.position] = true }
    return GraphSelection(
      graph: graph, entities: members.sorted(), includes: { selected[$0.position] },
      isWholeGraph: false)
  }

  private init(
    graph: Graph, entities: [EntityIndex], includes: (EntityIndex) -> Bool, isWholeGraph: Bool
  ) {
    self.entities = entities
    self.isWholeGraph = isWholeGraph
    var relations: [RelationIndex] = []
    for entity in entities {
      let edges = graph.edges(of: entity, direction: .outgoing).filter { includes($0.other) }
      relations += edges.sorted {
        (graph.relationType($0.type).key, $0.other) < (graph.relationType($1.type).key, $1.other)
      }.map(\.relation)
    }
    self.relations = relations
  }
}
