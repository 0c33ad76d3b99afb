import Foundation
import JSONDataset
import KnowledgeGraph

/// Small datasets written out in full, so each test reads like the file a user has.
enum DatasetFixtures {
  static let alibaba = """
    {
      "kg": 1,
      "title": "Alibaba AI",
      "description": "A test graph.",
      "sources": {
        "article": { "title": "Alibaba bets on AI", "publisher": "Example News", "published": "2022-09-01", "url": "https://example.com/a" }
      },
      "relationTypes": {
        "subsidiary_of": { "label": "subsidiary of", "inverse": "has subsidiary" },
        "partner_of": { "label": "partner of", "symmetric": true }
      },
      "entities": [
        { "id": "alibaba", "name": "Alibaba Group", "type": "Company", "description": "Holding company." },
        { "id": "alimama", "name": "Alimama", "type": "Company", "aliases": ["阿里妈妈", "Ali\\u00e9 \\uD83D\\uDE00"],
          "attributes": { "founded": 2007, "industry": "advertising", "public": false, "tags": ["ads", 1.5e3, true] } },
        { "id": "tsinghua", "name": "Tsinghua University" },
        { "id": "damo", "name": "DAMO Academy", "type": "Lab" }
      ],
      "relations": [
        { "from": "alimama", "type": "subsidiary_of", "to": "alibaba", "source": "article", "quote": "Alimama, Alibaba's ad arm", "attributes": { "since": "2007" } },
        { "from": "damo", "type": "subsidiary_of", "to": "alibaba" },
        { "from": "tsinghua", "type": "partner_of", "to": "alibaba" },
        { "from": "alibaba", "type": "partner_of", "to": "tsinghua" },
        { "from": "damo", "type": "member_of_board_of", "to": "tsinghua", "source": "blog" },
        { "from": "alimama", "type": "subsidiary_of", "to": "alibaba" }
      ]
    }
    """

  /// The same dataset with every object's keys in another order: relations
  /// first, declarations last.
  static let alibabaReordered = """
    {
      "relations": [
        { "to": "alibaba", "quote": "Alimama, Alibaba's ad arm", "attributes": { "since": "2007" }, "type": "subsidiary_of", "source": "article", "from": "alimama" },
        { "to": "alibaba", "type": "subsidiary_of", "from": "damo" },
        { "to": "alibaba", "type": "partner_of", "from": "tsinghua" },
        { "to": "tsinghua", "type": "partner_of", "from": "alibaba" },
        { "source": "blog", "to": "tsinghua", "type": "member_of_board_of", "from": "damo" },
        { "to": "alibaba", "type": "subsidiary_of", "from": "alimama" }
      ],
      "entities": [
        { "description": "Holding company.", "type": "Company", "name": "Alibaba Group", "id": "alibaba" },
        { "attributes": { "founded": 2007, "industry": "advertising", "public": false, "tags": ["ads", 1.5e3, true] },
          "aliases": ["阿里妈妈", "Ali\\u00e9 \\uD83D\\uDE00"], "type": "Company", "name": "Alimama", "id": "alimama" },
        { "name": "Tsinghua University", "id": "tsinghua" },
        { "type": "Lab", "name": "DAMO Academy", "id": "damo" }
      ],
      "relationTypes": {
        "partner_of": { "symmetric": true, "label": "partner of" },
        "subsidiary_of": { "inverse": "has subsidiary", "label": "subsidiary of" }
      },
      "sources": {
        "article": { "url": "https://example.com/a", "published": "2022-09-01", "publisher": "Example News", "title": "Alibaba bets on AI" }
      },
      "description": "A test graph.",
      "title": "Alibaba AI",
      "kg": 1
    }
    """

  static func load(_ text: String, name: String = "data.json") throws -> Graph {
    try DatasetLoader.load(bytes: Array(text.utf8), name: name)
  }

  /// Everything a user can see of a graph, one line per fact, for comparing graphs.
  static func describe(_ graph: Graph) -> [String] {
    var lines = ["title \(graph.metadata.title)", "sources \(graph.metadata.sources)"]
    for entity in graph.entityIndices {
      lines.append("\(graph.entity(entity))")
      for direction in [EdgeDirection.outgoing, .incoming] {
        for edge in graph.edges(of: entity, direction: direction) {
          let relation = graph.relation(edge.relation)
          lines.append(
            "  \(graph.label(of: edge)) → \(graph.id(of: edge.other)) [\(relation.source ?? "-")] \(relation.quote ?? "-") \(relation.attributes)"
          )
        }
      }
    }
    return lines
  }

  /// The entity's edges as "label → other id" lines, outgoing then incoming.
  static func edgeLines(_ graph: Graph, _ id: String) -> [String] {
    guard let entity = graph.entityIndex(forID: id) else { return [] }
    return [EdgeDirection.outgoing, .incoming].flatMap { direction in
      graph.edges(of: entity, direction: direction).map {
        "\(graph.label(of: $0)) → \(graph.id(of: $0.other))"
      }
    }
  }
}
