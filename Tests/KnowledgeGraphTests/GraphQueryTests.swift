import GraphFixtures
import KnowledgeGraph
import Testing

@Suite struct GraphQueryTests {
  /// acme ← beta (subsidiary), acme → delta (located), epsilon — beta (partner), loner alone.
  let graph = SmallGraph.make()

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
}
