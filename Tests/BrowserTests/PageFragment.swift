import KnowledgeGraph

/// An entity and its neighbours cut out of a graph as a graph of their own,
/// as an endpoint page is: the same ids, but entity numbers of its own, in
/// id order as kg reads an endpoint's answers.
enum PageFragment {
  static func make(around center: EntityIndex, in graph: Graph) -> (
    graph: Graph, entity: EntityIndex
  ) {
    let edges = [EdgeDirection.outgoing, .incoming].flatMap {
      Array(graph.edges(of: center, direction: $0))
    }
    let members = ([center] + edges.map(\.other)).sorted { graph.id(of: $0) < graph.id(of: $1) }
    var builder = GraphBuilder()
    for type in graph.relationTypes {
      builder.declareRelationType(
        key: type.key, label: type.label, inverseLabel: type.inverseLabel,
        isSymmetric: type.isSymmetric)
    }
    for member in members where builder.entityIndex(forID: graph.id(of: member)) == nil {
      _ = builder.addEntity(
        id: graph.id(of: member), name: graph.name(of: member), type: graph.type(of: member),
        aliases: graph.aliases(of: member), description: graph.description(of: member),
        attributes: graph.attributes(of: member))
    }
    for edge in edges {
      let relation = graph.relation(edge.relation)
      builder.addRelation(
        from: builder.entityIndex(forID: graph.id(of: relation.from))!,
        type: builder.relationType(forKey: graph.relationType(relation.type).key),
        to: builder.entityIndex(forID: graph.id(of: relation.to))!, source: relation.source,
        quote: relation.quote, attributes: relation.attributes)
    }
    let fragment = builder.build(metadata: graph.metadata).graph
    return (fragment, fragment.entityIndex(forID: graph.id(of: center))!)
  }
}
