import KnowledgeGraph

/// Small seeded random graphs for checking graph queries against brute force.
public struct RandomGraph {
  private var generator: SplitMix64

  public init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  public mutating func next(below bound: Int) -> Int {
    Int(generator.next() % UInt64(bound))
  }

  /// `entities` entities `e0`…, `relations` relations of types `t0`…`t2`
  /// (`t2` symmetric), with self-loops and repeats allowed.
  public mutating func make(entities: Int, relations: Int) -> Graph {
    var builder = GraphBuilder()
    for type in 0..<3 {
      builder.declareRelationType(
        key: "t\(type)", label: "t\(type)", inverseLabel: "inverse t\(type)", isSymmetric: type == 2
      )
    }
    for entity in 0..<entities {
      _ = builder.addEntity(
        id: "e\(entity)", name: "Entity \(entity)", type: "T", aliases: [], description: nil,
        attributes: [])
    }
    for _ in 0..<relations {
      builder.addRelation(
        from: EntityIndex(next(below: entities)), type: RelationTypeIndex(next(below: 3)),
        to: EntityIndex(next(below: entities)), source: nil, quote: nil, attributes: [])
    }
    return builder.build(metadata: DatasetMetadata(title: "random", description: nil, sources: []))
      .graph
  }
}
