import KnowledgeGraph
import Synchronization

/// A small graph the runner fetched from an endpoint for the browser: one
/// entity's page, search results, or a path. The browser shows it as it
/// shows a file's graph; it is shared by reference and compared by identity,
/// since two fetches of the same page are two answers.
public final class PageGraph: Hashable, Sendable {
  public let graph: Graph
  /// The entity the page is about; nil for search results and paths.
  public let entity: EntityIndex?
  /// Full sizes of the groups larger than the page holds.
  let totals: [GroupKey: Int]
  /// Whether the endpoint cut an answer short.
  public let isPartial: Bool
  /// For search results: whether kg's label index of the endpoint found
  /// them rather than a query, which the search line says.
  public let isFromLabelIndex: Bool
  /// The page's entities by name, for the list pane.
  let order: EntityOrder
  /// The detail document of the page's entity as last laid out, so that
  /// going back and forward to a page does not wrap its card again: the
  /// page outlives its history entry in the runner's cache.
  private let layout = Mutex<DetailLayout?>(nil)

  /// `groupTotal` gives the endpoint's count for a group the page holds only
  /// the first members of; it is asked once per group.
  public init(
    graph: Graph, entity: EntityIndex?, isPartial: Bool = false, isFromLabelIndex: Bool = false,
    groupTotal: (RelationGroup) -> Int = { $0.count }
  ) {
    self.graph = graph
    self.entity = entity
    self.isPartial = isPartial
    self.isFromLabelIndex = isFromLabelIndex
    var totals: [GroupKey: Int] = [:]
    for group in entity.map(graph.relationGroups(of:)) ?? [] where groupTotal(group) > group.count {
      totals[GroupKey(type: group.type, direction: group.direction)] = groupTotal(group)
    }
    self.totals = totals
    order = EntityOrder(graph: graph)
  }

  var keptLayout: DetailLayout? { layout.withLock { $0 } }

  func keep(_ built: DetailLayout) {
    layout.withLock { $0 = built }
  }

  /// The endpoint's count of a group of the page's entity.
  func total(of group: RelationGroup) -> Int {
    totals[GroupKey(type: group.type, direction: group.direction)] ?? group.count
  }

  public static func == (left: PageGraph, right: PageGraph) -> Bool { left === right }

  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
