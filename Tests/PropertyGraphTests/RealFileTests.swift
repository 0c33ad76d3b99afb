import Foundation
import KnowledgeGraph
import PropertyGraph
import Testing

/// GraphML written by NetworkX (scripts/make-graphml-fixtures.py), yEd and Gephi.
struct RealFileTests {
  private struct Summary: Decodable {
    let nodes: Int
    let edges: Int
    let directed: Bool
    let node_attributes: [String]
    let edge_attributes: [String]
  }

  private static func load(_ name: String) throws -> Graph {
    try PropertyGraphLoader.load(path: Fixture.path(name))
  }

  @Test(arguments: ["karate", "les-miserables", "florentine", "gn-50"])
  func networkxGraphReadsAsNetworkXReadsIt(name: String) throws {
    let graph = try Self.load("networkx/\(name).graphml")
    let summary = try JSONDecoder().decode(
      Summary.self,
      from: Data(contentsOf: URL(fileURLWithPath: Fixture.path("networkx/\(name).json"))))
    #expect(graph.entityCount == summary.nodes)
    #expect(graph.relationCount == summary.edges)
    #expect(graph.relationTypes.allSatisfy { $0.isSymmetric == !summary.directed })
    let nodeKeys = Set(graph.entityIndices.flatMap { graph.attributes(of: $0).map(\.key) })
    #expect(nodeKeys == Set(summary.node_attributes))
    let edgeKeys = Set(
      (0..<graph.relationCount).flatMap { graph.relation(RelationIndex($0)).attributes.map(\.key) })
    #expect(edgeKeys == Set(summary.edge_attributes))
  }

  @Test func karateClubKeepsTitleClubsAndWeights() throws {
    let graph = try Self.load("networkx/karate.graphml")
    #expect(graph.metadata.title == "Zachary's Karate Club")
    let node = try #require(graph.entityIndex(forID: "33"))
    #expect(graph.attributes(of: node) == [Attribute(key: "club", value: .string("Officer"))])
    let weights = (0..<graph.relationCount).compactMap {
      graph.relation(RelationIndex($0)).attributes.first?.value
    }
    #expect(weights.allSatisfy { if case .number = $0 { true } else { false } })
  }

  @Test func lesMiserablesNodesAreNamedByTheirIDs() throws {
    let graph = try Self.load("networkx/les-miserables.graphml")
    #expect(graph.name(of: try #require(graph.entityIndex(forID: "Valjean"))) == "Valjean")
  }

  @Test func directedGNGraphKeepsDirection() throws {
    let graph = try Self.load("networkx/gn-50.graphml")
    #expect(graph.relationTypes.map(\.isSymmetric) == [false])
  }

  @Test func yEdGraphicsAreIgnored() throws {
    let graph = try Self.load("yed.graphml")
    #expect(graph.entityCount == 2)
    let n0 = try #require(graph.entityIndex(forID: "n0"))
    #expect(graph.name(of: n0) == "n0")
    #expect(graph.description(of: n0) == "The <first> node")
    #expect(graph.attributes(of: n0) == [])
    let n1 = try #require(graph.entityIndex(forID: "n1"))
    #expect(
      graph.attributes(of: n1) == [Attribute(key: "url", value: .string("https://example.com/n1"))])
    let edge = graph.relation(RelationIndex(0))
    #expect(edge.attributes == [Attribute(key: "description", value: .string("a plain arrow"))])
  }

  @Test func gephiVizElementsAreIgnored() throws {
    let graph = try Self.load("gephi.graphml")
    #expect(graph.entityCount == 3)
    let node = try #require(graph.entityIndex(forID: "2"))
    #expect(graph.name(of: node) == "Mlle.Baptistine & Co")
    #expect(
      graph.attributes(of: node) == [
        Attribute(key: "modularity_class", value: .number("1")),
        Attribute(key: "size", value: .number("0.5")),
      ])
    #expect(Fixture.relationLines(graph) == ["1 -linked to-> 0", "2 -linked to-> 0"])
    #expect(graph.relationCount == 2)
  }
}
