import KnowledgeGraph

/// Small seeded random graphs for checking graph queries against brute force.
public struct RandomGraph {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
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
