import KnowledgeGraph

/// `kg neighbors`: the entities near one entity, nearest first.
public struct NeighborhoodReport: Sendable {
  public let graph: Graph

  public init(graph: Graph) { self.graph = graph }

  /// One line per member, tab-separated: distance, id, name, type, and how it
  /// was reached (`Alimama —subsidiary of→`).
  public func text(_ neighborhood: Neighborhood, style: TextStyle) -> String {
    neighborhood.members.map { member in
      [
        style.faint(String(member.distance)), style.faint(graph.id(of: member.entity)),
        style.strong(graph.name(of: member.entity)), style.safe(graph.type(of: member.entity)),
        style.safe(graph.name(of: member.step.from)) + " "
          + StepText.connector(member.step, in: graph, style: style),
      ].joined(separator: "\t") + "\n"
    }.joined()
  }

  public func json(
    _ neighborhood: Neighborhood, direction: TraversalDirection, filter: RelationTypeFilter?
  ) -> JSONOutput {
    .object([
      ("center", EntityJSON.reference(neighborhood.center, in: graph)),
      ("depth", .int(neighborhood.depth)), ("direction", .string(direction.rawValue)),
      ("relationTypes", EntityJSON.typeKeys(filter, in: graph)),
      (
        "neighbors",
        .array(
          neighborhood.members.map { member in
            .object([
              ("entity", EntityJSON.reference(member.entity, in: graph)),
              ("distance", .int(member.distance)), ("via", EntityJSON.step(member.step, in: graph)),
            ])
          })
      ),
    ])
  }
}
