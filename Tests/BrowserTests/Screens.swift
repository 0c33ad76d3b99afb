@testable import Browser
import GraphSearch
import KnowledgeGraph

/// Builds browser states by replaying input, as a user would.
enum Screens {
  static let sizes = [
    ScreenSize(columns: 80, rows: 24), ScreenSize(columns: 120, rows: 40),
    ScreenSize(columns: 50, rows: 20), ScreenSize(columns: 20, rows: 6),
  ]

  /// Built once: the real index takes a moment to build in a debug build.
  static let fixtureIndex = SearchIndex(graph: Fixture.graph)

  static func state(
    start: String? = nil, size: ScreenSize, graph: Graph = Fixture.graph, keys: [Key] = []
  ) -> BrowserState {
    var state = BrowserState(
      graph: graph, start: start.map { graph.entityIndex(forID: $0)! }, size: size,
      searchIndex: graph === Fixture.graph ? fixtureIndex : nil)
    send(keys, to: &state)
    return state
  }

  @discardableResult
  static func send(_ keys: [Key], to state: inout BrowserState) -> [BrowserEffect] {
    keys.flatMap { state.handle(.key($0)) }
  }

  static func type(_ text: String) -> [Key] {
    text.map { Key.character($0) }
  }

  static func render(_ state: BrowserState) -> ScreenBuffer {
    BrowserRenderer.render(state, size: state.size)
  }

  static func name(_ scenario: String, _ size: ScreenSize) -> String {
    "\(scenario)-\(size.columns)x\(size.rows)"
  }

  /// Results as the real index reports them for "ali": one per kind of matched field.
  static let aliResults: [SearchResult] = [
    SearchResult(
      entity: Fixture.entity("alibaba"), score: 90, field: .name, matchedText: "Alibaba Group",
      positions: [0, 1, 2]),
    SearchResult(
      entity: Fixture.entity("aliyun"), score: 80, field: .alias(1), matchedText: "Aliyun",
      positions: [0, 1, 2]),
    SearchResult(
      entity: Fixture.entity("jackma"), score: 40, field: .description,
      matchedText: "Entrepreneur who founded Alibaba with seventeen friends in Hangzhou.",
      positions: [32, 33, 34]),
    SearchResult(
      entity: Fixture.entity("youku"), score: 30, field: .name, matchedText: "Youku",
      positions: []),
  ]
}
