import KnowledgeGraph

/// One entity as an endpoint describes it: a small graph holding the entity,
/// its relations (the first page of each large group) and what its
/// neighbours need to show as rows, read with the same mapping as a file.
public struct EntityPage: Sendable {
  /// The entity's IRI.
  public let iri: String
  /// The page's fragment of the endpoint's graph.
  public let graph: Graph
  public let entity: EntityIndex
  /// The endpoint's count for each group larger than the fragment holds.
  public let totals: [PredicateDirection: Int]
  /// Whether the endpoint said it cut an answer short.
  public let isPartial: Bool
  /// What the page was read from, to read it again with more members.
  let reader: FragmentReader
  /// Members fetched so far of each large group.
  let fetched: [PredicateDirection: Int]

  /// The large group a relation group of the page belongs to, if it has
  /// members the page does not hold yet.
  public func unfetched(_ group: RelationGroup) -> PredicateDirection? {
    let key = graph.relationType(group.type).key
    guard let predicate = graph.expandedIRI(key) else { return nil }
    let direction = PredicateDirection(
      predicate: predicate, isIncoming: group.direction == .incoming)
    guard let total = totals[direction], total > fetched[direction, default: 0] else { return nil }
    return direction
  }

  /// The endpoint's count of a relation group: more than the page holds
  /// when the group was too large to fetch whole.
  public func total(of group: RelationGroup) -> Int {
    let key = graph.relationType(group.type).key
    guard let predicate = graph.expandedIRI(key) else { return group.count }
    let direction = PredicateDirection(
      predicate: predicate, isIncoming: group.direction == .incoming)
    return max(group.count, totals[direction] ?? 0)
  }
}
