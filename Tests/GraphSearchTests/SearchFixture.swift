import GraphSearch
import KnowledgeGraph

/// Small crafted graphs for search tests, and helpers to read results as text.
struct SearchFixture {
  struct Row {
    var id: String
    var name: String
    var type: String = "Organization"
    var aliases: [String] = []
    var description: String?
  }

  let graph: Graph
  let index: SearchIndex

  /// A graph of `rows`; `links` adds relations between ids, to raise degrees.
  init(_ rows: [Row], links: [(String, String)] = []) {
    var builder = GraphBuilder()
    for row in rows {
      _ = builder.addEntity(
        id: row.id, name: row.name, type: row.type, aliases: row.aliases,
        description: row.description, attributes: [])
    }
    let related = builder.relationType(forKey: "related")
    for (from, to) in links {
      builder.addRelation(
        from: builder.entityIndex(forID: from)!, type: related, to: builder.entityIndex(forID: to)!,
        source: nil, quote: nil, attributes: [])
    }
    graph =
      builder.build(metadata: DatasetMetadata(title: "test", description: nil, sources: [])).graph
    index = SearchIndex(graph: graph)
  }

  /// The ids of the results, best first.
  func ids(_ query: String, limit: Int = 20) -> [String] {
    index.search(query, limit: limit).map { graph.id(of: $0.entity) }
  }

  /// The single best result.
  func top(_ query: String) -> SearchResult? { index.search(query, limit: 1).first }

  /// The matched text with matched characters in brackets, e.g. `[Pek]ing`.
  static func highlighted(_ result: SearchResult) -> String {
    var output = ""
    for (offset, character) in result.matchedText.enumerated() {
      output += result.positions.contains(offset) ? "[\(character)]" : String(character)
    }
    return output.replacingOccurrences(of: "][", with: "")
  }
}
