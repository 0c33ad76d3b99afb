import KnowledgeGraph

/// `kg stats`: the size and shape of a graph.
public struct StatsReport: Sendable {
  public let graph: Graph

  public init(graph: Graph) { self.graph = graph }

  public func text(_ stats: GraphStatistics, style: TextStyle) -> String {
    var lines = [
      style.strong(graph.metadata.title),
      "entities        \(stats.entityCount)",
      "relations       \(stats.relationCount)",
      "entity types    \(stats.entityTypes.count)",
      "relation types  \(stats.relationTypes.count)",
      "components      \(stats.componentCount)",
      "", style.strong("entity types"),
    ]
    lines += stats.entityTypes.map { "  \($0.count)\t" + style.safe($0.type) }
    lines += ["", style.strong("relation types")]
    lines += stats.relationTypes.map { count in
      let type = graph.relationType(count.type)
      return "  \(count.count)\t" + style.label(type.label) + " "
        + style.faint("(" + type.key + ")")
    }
    lines += ["", style.strong("most connected")]
    lines += stats.mostConnected.map { "  \($0.degree)\t" + style.entity($0.entity, in: graph) }
    lines += ["", style.strong("components")]
    lines.append(
      "  largest: " + stats.largestComponents.map(String.init).joined(separator: ", "))
    lines.append("  isolated entities: \(stats.isolatedEntityCount)")
    return lines.map { $0 + "\n" }.joined()
  }

  public func json(_ stats: GraphStatistics) -> JSONOutput {
    .object([
      ("title", .string(graph.metadata.title)), ("entities", .int(stats.entityCount)),
      ("relations", .int(stats.relationCount)),
      (
        "entityTypes",
        .array(
          stats.entityTypes.map {
            .object([("type", .string($0.type)), ("count", .int($0.count))])
          })
      ),
      (
        "relationTypes",
        .array(
          stats.relationTypes.map { count in
            let type = graph.relationType(count.type)
            return .object([
              ("type", .string(type.key)), ("label", .string(type.label)),
              ("inverse", .string(type.inverseLabel)), ("count", .int(count.count)),
            ])
          })
      ),
      (
        "mostConnected",
        .array(
          stats.mostConnected.map {
            .object([
              ("entity", EntityJSON.reference($0.entity, in: graph)), ("degree", .int($0.degree)),
            ])
          })
      ),
      (
        "components",
        .object([
          ("count", .int(stats.componentCount)),
          ("largest", .array(stats.largestComponents.map { .int($0) })),
          ("isolated", .int(stats.isolatedEntityCount)),
        ])
      ),
    ])
  }
}
