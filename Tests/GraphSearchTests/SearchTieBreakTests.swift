import KnowledgeGraph
import Testing

@Suite struct SearchTieBreakTests {
  @Test func higherDegreeWinsATieThenShorterNameThenDatasetOrder() {
    let fixture = SearchFixture(
      [
        .init(id: "a", name: "Lab Alpha"), .init(id: "b", name: "Lab Beta"),
        .init(id: "c", name: "Lab Gamma"), .init(id: "d", name: "Lab Delta"),
        .init(id: "hub", name: "Hub"),
      ],
      links: [("c", "hub"), ("c", "a")])
    #expect(fixture.ids("lab") == ["c", "a", "b", "d"])
  }

  @Test func nameBeatsAliasBeatsIDForTheSameMatch() {
    let fixture = SearchFixture([
      .init(id: "first", name: "Zeta", aliases: ["Orion"]),
      .init(id: "orion", name: "Other"),
      .init(id: "second", name: "Orion"),
    ])
    let results = fixture.index.search("orion", limit: 5)
    #expect(results.map { fixture.graph.id(of: $0.entity) } == ["second", "first", "orion"])
    #expect(results.map(\.field) == [.name, .alias(0), .id])
  }

  @Test func rankingIsTheSameWhateverTheLimit() {
    let rows = (0..<300).map { SearchFixture.Row(id: "e\($0)", name: "Node \($0 % 7) Lab \($0)") }
    let fixture = SearchFixture(rows)
    let all = fixture.ids("lab", limit: 300)
    #expect(all.count == 300)
    for limit in [1, 7, 100, 299] {
      #expect(fixture.ids("lab", limit: limit) == Array(all.prefix(limit)))
    }
  }

  @Test func sessionResultsEqualFreshSearchesWhileTyping() {
    let rows = (0..<500).map {
      SearchFixture.Row(
        id: "e\($0)", name: ["Alpha", "Alpine", "Albatross", "Zeal"][$0 % 4] + " \($0)")
    }
    let fixture = SearchFixture(rows)
    let session = fixture.index.makeSession()
    for query in ["a", "al", "alp", "alpi", "alp", "al", "al 1", "al 12", "z", "!zeal", "!zeal a"] {
      #expect(
        session.search(query, limit: 20) == fixture.index.search(query, limit: 20),
        "query \(query)")
    }
  }
}
