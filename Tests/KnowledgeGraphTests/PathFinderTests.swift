import GraphFixtures
import KnowledgeGraph
import Testing

@Suite struct PathFinderTests {
  /// Checks that every step starts where the previous one ended and really
  /// follows a relation of the graph in the direction it claims.
  func expectValid(
    _ path: [PathStep], from start: EntityIndex, to goal: EntityIndex, in graph: Graph
  ) {
    var cursor = start
    for step in path {
      #expect(step.from == cursor)
      let relation = graph.relation(step.edge.relation)
      let (tail, head) =
        step.edge.direction == .outgoing ? (step.from, step.to) : (step.to, step.from)
      #expect(relation.from == tail && relation.to == head && relation.type == step.edge.type)
      cursor = step.to
    }
    #expect(cursor == goal)
  }

  @Test(arguments: 0..<40)
  func shortestPathMatchesBreadthFirstSearch(seed: Int) {
    var random = RandomGraph(seed: UInt64(seed))
    let graph = random.make(entities: 30, relations: 20 + seed)
    let filter =
      seed % 3 == 0
      ? RelationTypeFilter(allowing: [RelationTypeIndex(0), RelationTypeIndex(2)], in: graph) : nil
    let reference = BruteForcePaths(graph: graph, filter: filter)
    let finder = PathFinder(graph: graph)
    let workspace = PathWorkspace(graph: graph)
    for _ in 0..<30 {
      let start = EntityIndex(random.next(below: 30))
      let goal = EntityIndex(random.next(below: 30))
      let maxHops = 1 + random.next(below: 6)
      let (distance, count) = reference.distancesAndCounts(from: start)
      let expected = distance[goal.position].flatMap { $0 <= maxHops ? $0 : nil }
      let query = PathQuery(maxHops: maxHops, relationTypes: filter, limit: 1)
      let one = finder.shortestPaths(from: start, to: goal, query: query, workspace: workspace)
      #expect(one.length == expected)
      #expect(finder.shortestPaths(from: start, to: goal, query: query) == one)
      if let path = one.paths.first { expectValid(path, from: start, to: goal, in: graph) }
      let all = finder.shortestPaths(
        from: start, to: goal, query: PathQuery(maxHops: maxHops, relationTypes: filter, limit: 5),
        workspace: workspace)
      let total = expected == nil ? 0 : (start == goal ? 1 : count[goal.position])
      #expect(all.paths.count == min(total, 5))
      #expect(all.isTruncated == (total > 5))
      #expect(Set(all.paths).count == all.paths.count)
      for path in all.paths {
        #expect(path.count == expected)
        expectValid(path, from: start, to: goal, in: graph)
      }
    }
  }

  func chain() -> Graph {
    var builder = GraphBuilder()
    builder.declareRelationType(
      key: "subsidiary_of", label: "subsidiary of", inverseLabel: "has subsidiary",
      isSymmetric: false)
    for id in ["a", "b", "c"] {
      _ = builder.addEntity(
        id: id, name: id.uppercased(), type: nil, aliases: [], description: nil, attributes: [])
    }
    let type = builder.relationType(forKey: "subsidiary_of")
    builder.addRelation(
      from: EntityIndex(0), type: type, to: EntityIndex(1), source: nil, quote: nil, attributes: [])
    builder.addRelation(
      from: EntityIndex(2), type: type, to: EntityIndex(1), source: nil, quote: nil, attributes: [])
    return builder.build(metadata: DatasetMetadata(title: "chain", description: nil, sources: []))
      .graph
  }

  @Test func stepsAgainstARelationCarryIncomingEdgesAndTheInverseLabel() throws {
    let graph = chain()
    let path = try #require(
      PathFinder(graph: graph).shortestPath(from: EntityIndex(0), to: EntityIndex(2)))
    #expect(path.map { graph.label(of: $0.edge) } == ["subsidiary of", "has subsidiary"])
    #expect(path.map(\.edge.direction) == [.outgoing, .incoming])
  }

  @Test func anEntityReachesItselfByTheEmptyPath() {
    let graph = chain()
    #expect(PathFinder(graph: graph).shortestPath(from: EntityIndex(1), to: EntityIndex(1)) == [])
  }

  @Test func maxHopsBelowTheDistanceFindsNothing() {
    let graph = chain()
    #expect(
      PathFinder(graph: graph).shortestPath(from: EntityIndex(0), to: EntityIndex(2), maxHops: 1)
        == nil)
  }

  @Test func viaFilterNamesTypesByKeyLabelOrInverseLabel() throws {
    let graph = chain()
    for name in ["subsidiary_of", "Subsidiary Of", "has subsidiary"] {
      #expect(
        try RelationTypeFilter(names: [name], in: graph).allowedTypes == [RelationTypeIndex(0)])
    }
    #expect(throws: UnknownRelationType(name: "subsidiary", suggestions: ["subsidiary_of"])) {
      try RelationTypeFilter(names: ["subsidiary"], in: graph)
    }
  }
}
