import KnowledgeGraph
import Testing

@Suite struct GraphQueryTests {
  /// acme ← beta (subsidiary), acme → delta (located), epsilon — beta (partner), loner alone.
  let graph: Graph = {
    var builder = GraphBuilder()
    builder.declareRelationType(
      key: "subsidiary_of", label: "subsidiary of", inverseLabel: "has subsidiary",
      isSymmetric: false)
    builder.declareRelationType(
      key: "located_in", label: "located in", inverseLabel: "location of", isSymmetric: false)
    builder.declareRelationType(
      key: "partner_of", label: "partner of", inverseLabel: "", isSymmetric: true)
    let entities: [(String, String, [String])] = [
      ("acme", "Acme Corp", ["ACME", "阿克米"]), ("beta", "Beta Labs", []),
      ("delta", "Delta City", []),
      ("epsilon", "Epsilon University", []), ("loner", "Loner", []), ("twin-a", "Twin", []),
      ("twin-b", "Twin", ["Beta Labs"]),
    ]
    for (id, name, aliases) in entities {
      _ = builder.addEntity(
        id: id, name: name, type: id == "delta" ? "City" : "Company", aliases: aliases,
        description: nil, attributes: [])
    }
    func relate(_ from: Int, _ type: String, _ to: Int) {
      let key = builder.relationType(forKey: type)
      builder.addRelation(
        from: EntityIndex(from), type: key, to: EntityIndex(to), source: nil, quote: nil,
        attributes: [])
    }
    relate(1, "subsidiary_of", 0)
    relate(0, "located_in", 2)
    relate(3, "partner_of", 1)
    relate(5, "partner_of", 6)
    return builder.build(metadata: DatasetMetadata(title: "q", description: nil, sources: [])).graph
  }()

  func ids(_ entities: [EntityIndex]) -> [String] { entities.map { graph.id(of: $0) } }

  @Test func neighbourhoodIsBreadthFirstWithTheStepThatReachedEach() {
    let around = Neighborhood(graph: graph, center: EntityIndex(0), depth: 2)
    #expect(ids(around.members.map(\.entity)) == ["delta", "beta", "epsilon"])
    #expect(around.members.map(\.distance) == [1, 1, 2])
    #expect(ids([around.members[2].step.from]) == ["beta"])
  }

  @Test func neighbourhoodFollowsDirectionAndTypeFilters() {
    let outward = Neighborhood(graph: graph, center: EntityIndex(1), depth: 3, direction: .outgoing)
    #expect(ids(outward.members.map(\.entity)) == ["acme", "epsilon", "delta"])
    let filter = RelationTypeFilter(allowing: [RelationTypeIndex(1)], in: graph)
    let located = Neighborhood(
      graph: graph, center: EntityIndex(2), depth: 3, direction: .incoming, filter: filter)
    #expect(ids(located.members.map(\.entity)) == ["acme"])
  }

  @Test func statisticsCountTypesHubsAndComponents() {
    let stats = GraphStatistics(graph: graph, top: 2)
    #expect(stats.entityCount == 7 && stats.relationCount == 4)
    #expect(
      stats.entityTypes == [
        TypeCount(type: "Company", count: 6), TypeCount(type: "City", count: 1),
      ])
    #expect(stats.mostConnected.map(\.degree) == [2, 2])
    #expect(ids(stats.mostConnected.map(\.entity)) == ["acme", "beta"])
    #expect(stats.componentCount == 3)
    #expect(stats.largestComponents == [4, 2])
    #expect(stats.isolatedEntityCount == 1)
  }

  @Test func resolverPrefersIdsThenExactNamesThenWordPrefixes() {
    let resolver = EntityResolver(graph: graph)
    #expect(resolver.resolve("acme") == .found(EntityIndex(0)))
    #expect(resolver.resolve("阿克米") == .found(EntityIndex(0)))
    #expect(resolver.resolve("acme corp") == .found(EntityIndex(0)))
    #expect(resolver.resolve("Epsilon") == .found(EntityIndex(3)))
    #expect(resolver.resolve("univ") == .found(EntityIndex(3)))
    #expect(resolver.resolve("twin") == .ambiguous([EntityIndex(5), EntityIndex(6)]))
    #expect(resolver.resolve("beta labs") == .ambiguous([EntityIndex(1), EntityIndex(6)]))
    #expect(resolver.resolve("lonr") == .notFound(suggestions: [EntityIndex(4)]))
  }
}
