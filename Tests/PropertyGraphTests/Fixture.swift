import Foundation
import KnowledgeGraph
import PropertyGraph

/// Paths of the test fixtures and small helpers to load text as GraphML or CSV.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let fixtures = directory.appendingPathComponent("Fixtures")
  static let malformed = directory.appendingPathComponent("Malformed")
  static let repository = directory.deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  static func graphML(_ text: String, options: PropertyGraphOptions = PropertyGraphOptions())
    throws -> Graph
  {
    try PropertyGraphLoader.loadGraphML(
      bytes: Array(text.utf8), name: "test.graphml", options: options)
  }

  /// A GraphML document with these keys and this graph content.
  static func document(keys: String, graph: String, edgeDefault: String = "directed") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    \(keys)
    <graph edgedefault="\(edgeDefault)">
    \(graph)
    </graph>
    </graphml>
    """
  }

  static func csv(
    nodes: String, relationships: String? = nil,
    options: PropertyGraphOptions = PropertyGraphOptions()
  ) throws -> Graph {
    try PropertyGraphLoader.loadCSV(
      nodes: [("nodes.csv", Array(nodes.utf8))],
      relationships: relationships.map { [("relationships.csv", Array($0.utf8))] } ?? [],
      options: options)
  }

  /// Every relation as "from -label-> to", sorted, for comparing graphs.
  static func relationLines(_ graph: Graph) -> [String] {
    (0..<graph.relationCount).map { position in
      let relation = graph.relation(RelationIndex(position))
      let type = graph.relationType(relation.type)
      return "\(graph.id(of: relation.from)) -\(type.label)-> \(graph.id(of: relation.to))"
    }.sorted()
  }
}
