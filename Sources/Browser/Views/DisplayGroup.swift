import KnowledgeGraph

/// The relations shown under one heading of the detail pane.
///
/// Usually one `RelationGroup`; for a symmetric type the outgoing and
/// incoming groups read the same ("partner of") and are shown together.
struct DisplayGroup: Hashable, Sendable {
  let label: String
  private(set) var parts: [RelationGroup]
  /// The size of the group where it lives: more than `count` when an
  /// endpoint page holds only its first members.
  private(set) var total: Int

  init(label: String, part: RelationGroup, total: Int) {
    self.label = label
    self.parts = [part]
    self.total = total
  }

  var count: Int { parts.reduce(0) { $0 + $1.count } }

  mutating func merge(_ part: RelationGroup, total partTotal: Int) {
    parts.append(part)
    total += partTotal
  }

  /// The edge at `offset` within this group, without touching the others.
  func edge(at offset: Int, of entity: EntityIndex, in graph: Graph) -> Edge {
    var remaining = offset
    for part in parts {
      if remaining < part.count {
        return graph.edges(of: entity, direction: part.direction)[part.range.lowerBound + remaining]
      }
      remaining -= part.count
    }
    preconditionFailure("edge offset \(offset) beyond a group of \(count)")
  }

  /// The entity's relations by heading: outgoing labels first, then
  /// incoming, symmetric types merged.
  static func groups(of entity: EntityIndex, in graph: Graph, page: PageGraph? = nil)
    -> [DisplayGroup]
  {
    var groups: [DisplayGroup] = []
    for part in graph.relationGroups(of: entity) {
      let type = graph.relationType(part.type)
      let total = page?.total(of: part) ?? part.count
      if type.isSymmetric, let index = groups.firstIndex(where: { $0.parts[0].type == part.type }) {
        groups[index].merge(part, total: total)
        continue
      }
      let label = part.direction == .outgoing ? type.label : type.inverseLabel
      groups.append(DisplayGroup(label: label, part: part, total: total))
    }
    return groups
  }
}
