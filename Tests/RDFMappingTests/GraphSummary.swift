import KnowledgeGraph

/// What a reader sees of a graph, in a form that does not depend on the
/// order the triples came in: every entity's card (aliases in text order),
/// every relation with its source and quote (a symmetric one's ends in id
/// order), and the dataset's sources.
struct GraphSummary: Equatable {
  let cards: [String]
  let relations: [String]
  let sources: [String]

  init(_ graph: Graph) {
    cards = graph.entityIndices.map { entity in
      [
        graph.id(of: entity), graph.name(of: entity), graph.type(of: entity),
        graph.aliases(of: entity).sorted().joined(separator: "|"),
        graph.description(of: entity) ?? "",
      ].joined(separator: " / ")
    }.sorted()
    relations = graph.entityIndices.flatMap { entity in
      graph.edges(of: entity, direction: .outgoing).map { edge in
        let relation = graph.relation(edge.relation)
        let values = relation.attributes.map(\.value.displayText).joined(separator: ", ")
        var ends = [graph.id(of: entity), graph.id(of: edge.other)]
        if graph.relationType(edge.type).isSymmetric { ends.sort() }
        return "\(ends[0]) \(graph.label(of: edge)) \(ends[1])"
          + " [\(values)] <\(relation.source ?? "")> (\(relation.quote ?? ""))"
      }
    }.sorted()
    sources = graph.metadata.sources.map { "\($0.key) \($0.displayTitle)" }.sorted()
  }
}
