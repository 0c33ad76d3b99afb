import GraphSearch
import KnowledgeGraph
import Scripting
import Testing

@Suite struct SearchReportTests {
  let index: SearchIndex

  init() {
    var builder = GraphBuilder()
    _ = builder.addEntity(
      id: "pku", name: "Peking University", type: "University", aliases: ["北京大学"],
      description: nil, attributes: [])
    _ = builder.addEntity(
      id: "evil", name: "Evil\u{1B}[2J Corp", type: "Company", aliases: [], description: nil,
      attributes: [])
    _ = builder.addEntity(
      id: "alibaba", name: "Alibaba Group", type: "Company", aliases: ["Alibaba"],
      description: nil, attributes: [])
    let graph = builder.build(metadata: DatasetMetadata(title: "t", description: nil, sources: []))
      .graph
    index = SearchIndex(graph: graph)
  }

  @Test func textHasRankIDNameTypeAndFieldPerLine() {
    let lines = SearchReport.textLines(index.search("北京", limit: 5), in: index.graph)
    #expect(lines == ["1\tpku\tPeking University\tUniversity\talias: 北京大学"])
  }

  @Test func textEscapesControlCharactersInNames() {
    let lines = SearchReport.textLines(index.search("corp", limit: 5), in: index.graph)
    #expect(lines == ["1\tevil\tEvil\\u{1B}[2J Corp\tCompany\tname"])
  }

  @Test func jsonListsScoreKindFieldAndPositions() {
    let json = SearchReport.json(index.search("peking", limit: 5), in: index.graph).rendered()
    #expect(
      json == """
        [{"rank":1,"id":"pku","name":"Peking University","type":"University",\
        "score":6000166,"kind":"prefix","field":"name","matched":"Peking University",\
        "positions":[0,1,2,3,4,5]}]
        """)
  }

  @Test func jsonNamesTheAliasIndexAndEscapesControls() {
    let alias = SearchReport.json(index.search("北京大学", limit: 1), in: index.graph).rendered()
    #expect(alias.contains(#""field":"alias","alias":0,"matched":"北京大学","positions":[0,1,2,3]"#))
    let evil = SearchReport.json(index.search("evil", limit: 1), in: index.graph).rendered()
    #expect(evil.contains(#""name":"Evil\u001b[2J Corp""#))
  }

  @Test func batchLineCarriesTheQueryAndSuggestionsWhenEmpty() {
    let query = "alibabba"
    let line = SearchReport.batchLine(
      query: query, results: index.search(query, limit: 5),
      suggestions: index.suggestions(for: query, limit: 3), in: index.graph)
    #expect(
      line
        == #"{"query":"alibabba","results":[],"suggestions":[{"id":"alibaba","name":"Alibaba Group"}]}"#
    )
  }

  @Test func noMatchMessageOffersSuggestions() {
    let graph = index.graph
    let suggestions = index.suggestions(for: "alibabba", limit: 3)
    #expect(
      SearchReport.noMatchMessage(query: "alibabba", suggestions: suggestions, in: graph)
        == #"no match for "alibabba"; did you mean Alibaba Group?"#)
    #expect(
      SearchReport.noMatchMessage(query: "zq\u{7}", suggestions: [], in: graph)
        == #"no match for "zq\u{7}""#)
    let several = [EntityIndex(0), EntityIndex(1), EntityIndex(2)]
    #expect(
      SearchReport.noMatchMessage(query: "x", suggestions: several, in: graph)
        == #"no match for "x"; did you mean Peking University, Evil\u{1B}[2J Corp or Alibaba Group?"#
    )
  }
}
