import KnowledgeGraph
import Testing

@Suite struct SearchRankingTests {
  let fixture = SearchFixture([
    .init(id: "damo", name: "DAMO Academy", type: "Lab"),
    .init(id: "pku", name: "Peking University", type: "University", aliases: ["北京大学", "PKU"]),
    .init(id: "peking", name: "Peking"),
    .init(id: "opera", name: "Peking Opera House", type: "Venue"),
    .init(id: "alpe", name: "Alpekingo"),
    .init(id: "xpk", name: "Pe Kingdom"),
    .init(id: "nuance", name: "Nuance", description: "Maker of speech recognition software."),
  ])

  @Test func exactBeatsPrefixBeatsBoundaryBeatsInsideBeatsFuzzy() {
    let results = fixture.index.search("peking", limit: 10)
    #expect(
      results.map { fixture.graph.id(of: $0.entity) } == ["peking", "pku", "opera", "alpe", "xpk"])
    #expect(results.map(\.kind) == [.exact, .prefix, .prefix, .substring, .fuzzy])
  }

  @Test func wordBoundaryBeatsInsideAWord() {
    let fixture = SearchFixture([
      .init(id: "inside", name: "Alpha Beta"), .init(id: "boundary", name: "Big Alpha"),
    ])
    #expect(fixture.ids("pha be") == ["inside"])
    let results = fixture.index.search("alpha", limit: 5)
    #expect(results.map { fixture.graph.id(of: $0.entity) } == ["inside", "boundary"])
    #expect(results.map(\.kind) == [.prefix, .wordBoundary])
  }

  @Test func fuzzySubsequenceFindsAbbreviations() throws {
    let result = try #require(fixture.top("dmac"))
    #expect(fixture.graph.id(of: result.entity) == "damo")
    #expect(result.kind == .fuzzy)
    #expect(SearchFixture.highlighted(result) == "[D]A[M]O [Ac]ademy")
  }

  @Test func aliasMatchReportsTheAliasAndItsPosition() throws {
    let result = try #require(fixture.top("北京"))
    #expect(result.field == .alias(0))
    #expect(result.matchedText == "北京大学")
    #expect(result.positions == [0, 1])
    #expect(result.kind == .prefix)
  }

  @Test func chineseMatchesAsASubstring() {
    #expect(fixture.ids("大学") == ["pku"])
    #expect(fixture.ids("京大") == ["pku"])
    #expect(fixture.ids("北大").isEmpty)
  }

  @Test func descriptionMatchesRankBelowEverythingElse() throws {
    let result = try #require(fixture.top("speech"))
    #expect(fixture.graph.id(of: result.entity) == "nuance")
    #expect(result.field == .description)
    #expect(result.kind == .description)
    #expect(SearchFixture.highlighted(result) == "Maker of [speech] recognition software.")
  }

  @Test func idAndTypeMatch() throws {
    let byID = try #require(fixture.top("alpe"))
    #expect(byID.field == .id)
    #expect(byID.kind == .exact)
    let byType = try #require(fixture.top("venue"))
    #expect(fixture.graph.id(of: byType.entity) == "opera")
    #expect(byType.field == .type)
    #expect(byType.kind == .type)
  }

  @Test func multiWordPhraseEqualToANameIsExact() {
    let results = fixture.index.search("peking opera house", limit: 3)
    #expect(results.first?.kind == .exact)
    #expect(results.first.map(SearchFixture.highlighted) == "[Peking] [Opera] [House]")
  }
}
