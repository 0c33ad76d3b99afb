import KnowledgeGraph
import Testing

@Suite struct SearchSuggestionTests {
  let fixture = SearchFixture([
    .init(id: "alibaba", name: "Alibaba Group", aliases: ["Alibaba"]),
    .init(id: "alimama", name: "Alimama"),
    .init(id: "tencent", name: "Tencent", aliases: ["腾讯"]),
  ])

  @Test func closestNameOrAliasByEditDistance() {
    #expect(fixture.ids("alibabba").isEmpty)
    let suggestions = fixture.index.suggestions(for: "alibabba", limit: 3)
    #expect(suggestions.map { fixture.graph.id(of: $0) } == ["alibaba"])
    #expect(
      fixture.index.suggestions(for: "tencnet", limit: 3).map { fixture.graph.id(of: $0) } == [
        "tencent"
      ])
    #expect(
      fixture.index.suggestions(for: "腾迅", limit: 3).map { fixture.graph.id(of: $0) } == ["tencent"]
    )
  }

  @Test func nothingCloseMeansNoSuggestion() {
    #expect(fixture.index.suggestions(for: "zzzzzz", limit: 3).isEmpty)
    #expect(fixture.index.suggestions(for: "   ", limit: 3).isEmpty)
  }
}
