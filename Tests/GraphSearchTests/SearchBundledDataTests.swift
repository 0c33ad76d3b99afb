import Foundation
import GraphSearch
import JSONDataset
import KnowledgeGraph
import Testing

/// Ranking on `data/kg.json`, the dataset a new user searches first.
@Suite struct SearchBundledDataTests {
  let graph: Graph
  let index: SearchIndex

  init() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "data/kg.json"
      ).path
    graph = try DatasetLoader.load(path: path)
    index = SearchIndex(graph: graph)
  }

  private func ids(_ query: String, limit: Int = 3) -> [String] {
    index.search(query, limit: limit).map { graph.id(of: $0.entity) }
  }

  @Test func typingTheStartOfANameFindsItFirst() {
    #expect(ids("ali").first == "alibaba")
    #expect(ids("peking").first == "pku")
    #expect(ids("pku").first == "pku")
    #expect(ids("speech").first == "speech-recognition")
  }

  @Test func abbreviationsAndChineseFindTheirEntity() {
    #expect(ids("dmac").first == "damo-academy")
    #expect(index.search("dmac", limit: 1).first?.kind == .fuzzy)
    #expect(ids("阿里").first == "alibaba")
    #expect(ids("北京大学").first == "pku")
  }

  @Test func typeRestrictionListsOnlyThatType() {
    #expect(ids("type:university", limit: 10) == ["pku", "ustc"])
  }

  @Test func aTypoFindsNothingButSuggestsTheName() {
    #expect(ids("alibabba").isEmpty)
    #expect(index.suggestions(for: "alibabba", limit: 1).map { graph.id(of: $0) } == ["alibaba"])
  }
}
