import KnowledgeGraph
import Testing

@Suite struct SearchQueryTests {
  let fixture = SearchFixture([
    .init(id: "pku", name: "Peking University", type: "University"),
    .init(id: "tsinghua", name: "Tsinghua University", type: "University"),
    .init(id: "peking-opera", name: "Peking Opera", type: "ArtForm"),
    .init(id: "opera-house", name: "Sydney Opera House", type: "Venue"),
    .init(id: "cafe", name: "Café Péking", type: "Venue"),
  ])

  @Test func severalWordsMustAllMatch() {
    #expect(fixture.ids("peking univ") == ["pku"])
    #expect(fixture.ids("opera peking") == ["peking-opera"])
  }

  @Test func exactOperatorRefusesScatteredMatches() {
    #expect(fixture.ids("pkng").contains("pku"))
    #expect(fixture.ids("'pkng").isEmpty)
    #expect(fixture.ids("'king") == ["cafe", "peking-opera", "pku"])
  }

  @Test func prefixAndSuffixOperators() {
    #expect(fixture.ids("^opera") == ["opera-house"])
    #expect(fixture.ids("opera$") == ["peking-opera"])
    #expect(fixture.ids("^peking opera$") == ["peking-opera"])
    #expect(fixture.ids("^peking opera$").count == 1)
  }

  @Test func negationExcludes() {
    #expect(fixture.ids("peking !opera") == ["pku", "cafe"])
    #expect(fixture.ids("university !tsinghua") == ["pku"])
  }

  @Test func orMatchesEither() {
    #expect(Set(fixture.ids("tsinghua | sydney")) == ["tsinghua", "opera-house"])
    #expect(fixture.ids("opera sydney | tsinghua") == ["opera-house"])
  }

  @Test func typeRestrictsByCaseInsensitivePrefix() {
    #expect(fixture.ids("type:univ") == ["pku", "tsinghua"])
    #expect(fixture.ids("type:VENUE opera") == ["opera-house"])
    #expect(fixture.ids("type:venue | type:artform peking") == ["peking-opera", "cafe"])
    #expect(fixture.ids("type:nothing peking").isEmpty)
  }

  @Test func typeOnlyQueryListsTheTypeWithItsPrefixHighlighted() throws {
    let result = try #require(fixture.top("type:univ"))
    #expect(result.kind == .filter)
    #expect(SearchFixture.highlighted(result) == "[Univ]ersity")
  }

  @Test func diacriticsAndCaseAreIgnoredBothWays() throws {
    let result = try #require(fixture.top("cafe peking"))
    #expect(fixture.graph.id(of: result.entity) == "cafe")
    #expect(result.kind == .exact)
    #expect(SearchFixture.highlighted(result) == "[Café] [Péking]")
    #expect(fixture.ids("PÉKÍNG").first == "peking-opera")
  }

  @Test func fullWidthLatinMatchesAscii() throws {
    let result = try #require(fixture.top("ＴＳＩＮＧ"))
    #expect(fixture.graph.id(of: result.entity) == "tsinghua")
    #expect(result.kind == .prefix)
  }

  @Test func emptyAndWhitespaceQueriesFindNothing() {
    for query in ["", " ", "\t\n", "\u{3000}", "|", "type:"] {
      #expect(fixture.ids(query).isEmpty, "query \(query.debugDescription)")
    }
  }

  @Test func controlCharactersSeparateWords() {
    #expect(fixture.ids("peking\u{0}univ") == ["pku"])
    #expect(fixture.ids("\u{1B}tsinghua\u{7}") == ["tsinghua"])
    #expect(fixture.ids("\u{7}\u{7F}\u{9B}").isEmpty)
  }

  @Test func thousandCharacterQueriesAnswerWithoutTrapping() {
    #expect(fixture.ids(String(repeating: "a", count: 1_000)).isEmpty)
    #expect(
      fixture.ids(String(repeating: "peking ", count: 143)) == ["peking-opera", "pku", "cafe"])
    let mixed = (0..<1_000).map { ["'", "^", "$", "!", "|", "é", "北", " ", "\u{1}", "x"][$0 % 10] }
    #expect(fixture.ids(mixed.joined()).isEmpty)
    #expect(fixture.index.suggestions(for: String(repeating: "q", count: 1_000), limit: 3).isEmpty)
  }
}
