import GraphFixtures
import KnowledgeGraph
import Testing

/// The adjacency lists that pages, groups and paths read must come in the
/// documented order on any graph: outgoing by (type, target), incoming by
/// (type, source), each relation once on each side.
struct AdjacencyOrderTests {
  private struct Listed: Equatable, Comparable {
    let type: Int
    let other: Int

    static func < (left: Listed, right: Listed) -> Bool {
      (left.type, left.other) < (right.type, right.other)
    }
  }

  @Test(arguments: [1, 2, 3, 4])
  func listsEdgesSortedByTypeThenOtherEnd(seed: Int) {
    var random = RandomGraph(seed: UInt64(seed))
    let graph = random.make(entities: 60, relations: 1500)
    var incomingCount = 0
    for entity in graph.entityIndices {
      for direction in [EdgeDirection.outgoing, .incoming] {
        let listed = graph.edges(of: entity, direction: direction).map {
          Listed(type: Int($0.type.rawValue), other: $0.other.position)
        }
        #expect(listed == listed.sorted(), "\(direction) edges of \(entity.position)")
        if direction == .incoming { incomingCount += listed.count }
      }
    }
    #expect(incomingCount == graph.relationCount)
  }

  /// Large enough that relations are bucketed by source, and dealt into
  /// blocks of targets, on several cores, with runs long enough for the
  /// general sort.
  @Test func keepsEachDistinctRelationOnceOnLargeGraphs() {
    var random = RandomGraph(seed: 7)
    let graph = random.make(entities: 3_000, relations: 120_000)
    var replay = RandomGraph(seed: 7)
    var expected: Set<[Int]> = []
    for _ in 0..<120_000 {
      let (from, type, to) = (
        replay.next(below: 3_000), replay.next(below: 3), replay.next(below: 3_000)
      )
      expected.insert(type == 2 ? [min(from, to), type, max(from, to)] : [from, type, to])
    }
    var listed: [[Int]] = []
    var incoming: [[Int]] = []
    for entity in graph.entityIndices {
      for edge in graph.edges(of: entity, direction: .outgoing) {
        listed.append([entity.position, Int(edge.type.rawValue), edge.other.position])
      }
      let reaching = graph.edges(of: entity, direction: .incoming).map {
        Listed(type: Int($0.type.rawValue), other: $0.other.position)
      }
      #expect(reaching == reaching.sorted(), "incoming edges of \(entity.position)")
      incoming += reaching.map { [$0.other, $0.type, entity.position] }
    }
    #expect(listed.count == expected.count)
    #expect(Set(listed) == expected)
    #expect(incoming.count == expected.count)
    #expect(Set(incoming) == expected)
  }

  @Test func groupsIncomingRelationsByTypeWhateverTheSourceOrder() {
    var builder = GraphBuilder()
    for key in ["t0", "t1"] {
      builder.declareRelationType(
        key: key, label: key, inverseLabel: "inverse \(key)", isSymmetric: false)
    }
    for id in ["a", "b", "c", "target"] {
      _ = builder.addEntity(
        id: id, name: id, type: nil, aliases: [], description: nil, attributes: [])
    }
    for (from, type) in [(0, "t1"), (1, "t0"), (2, "t1")] {
      builder.addRelation(
        from: EntityIndex(from), type: builder.relationType(forKey: type), to: EntityIndex(3),
        source: nil, quote: nil, attributes: [])
    }
    let graph = builder.build(metadata: DatasetMetadata(title: "t", description: nil, sources: []))
      .graph
    let groups = graph.relationGroups(of: EntityIndex(3))
    #expect(groups.map(\.count) == [1, 2])
    let sources = graph.edges(of: EntityIndex(3), direction: .incoming).map {
      graph.id(of: $0.other)
    }
    #expect(sources == ["b", "a", "c"])
  }

  /// A hub's run is longer than the insertion sort handles, so its repeats
  /// are found by the general sort, which must still keep the first of each.
  @Test func keepsTheFirstOfRepeatedRelationsOnAHub() {
    var builder = GraphBuilder()
    let entities = (0..<60).map { number in
      builder.addEntity(
        id: "e\(number)", name: "E\(number)", type: nil, aliases: [], description: nil,
        attributes: [])!
    }
    let type = builder.relationType(forKey: "links")
    let targets = Array((1..<41).reversed()) + [7, 30, 7]
    for target in targets {
      builder.addRelation(
        from: entities[0], type: type, to: entities[target], source: nil, quote: nil,
        attributes: [])
    }
    let (graph, duplicates) = builder.build(
      metadata: DatasetMetadata(title: "", description: nil, sources: []))
    #expect(graph.edges(of: entities[0], direction: .outgoing).count == 40)
    let firstOf7 = targets.firstIndex(of: 7)!
    let firstOf30 = targets.firstIndex(of: 30)!
    #expect(
      duplicates.map { [$0.keptOrdinal, $0.droppedOrdinal] } == [
        [firstOf7, 40], [firstOf30, 41], [firstOf7, 42],
      ])
  }
}
