import KnowledgeGraph

/// A seeded graph of any size, shaped like the benchmark's: names, aliases,
/// descriptions, attributes and relations, some with provenance.
enum GeneratedGraph {
  static func make(entities count: Int, relationsPerEntity: Int = 5) -> Graph {
    var builder = GraphBuilder()
    let types = (0..<relationsPerEntity).map { builder.relationType(forKey: "related_\($0)") }
    for number in 0..<count {
      _ = builder.addEntity(
        id: "e\(number)", name: "Entity number \(number)", type: "Type\(number % 17)",
        aliases: number % 3 == 0 ? ["Alias \(number)"] : [],
        description: number % 2 == 0
          ? "A generated entity, number \(number), for the export." : nil,
        attributes: [
          Attribute(key: "rank", value: .number(String(number))),
          Attribute(key: "label", value: .string("value \(number % 101)")),
        ])
    }
    for number in 0..<count {
      for (offset, type) in types.enumerated() {
        let target = (number &* 7919 &+ offset &* 104_729) % count
        builder.addRelation(
          from: EntityIndex(number), type: type, to: EntityIndex(target),
          source: offset == 0 ? "generated" : nil,
          quote: offset == 0 ? "entity \(number) relates to \(target)" : nil, attributes: [])
      }
    }
    let sources = [
      Source(key: "generated", title: "Generated", publisher: nil, published: nil, url: nil)
    ]
    return builder.build(
      metadata: DatasetMetadata(title: "Generated", description: nil, sources: sources)
    ).graph
  }
}
