import Foundation
import KnowledgeGraph
@testable import PropertyGraph
import Testing
import FileInput

/// A large relationships file is read on another core while the nodes load;
/// the graph and every message must be exactly those of a sequential read.
struct CSVReadAheadTests {
  private static let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("pg-csv-read-ahead-\(getpid())")

  private static let nodes =
    "id:ID,name,:LABEL\n" + (0..<300).map { "n\($0),Node \($0),Thing\n" }.joined()

  private static func relationships(_ count: Int) -> String {
    (0..<count).map { "n\($0 % 300),n\(($0 * 7) % 300),TYPE_\($0 % 4),\($0)\n" }.joined()
  }

  private static let header = ":START_ID,:END_ID,:TYPE,weight:int\n"

  private static func write(_ name: String, _ text: String) throws -> String {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  private static func load(_ nodes: String, _ relationships: String, threshold: Int) -> Result<
    Graph, LoadError
  > {
    Result { () throws(LoadError) in
      try PropertyGraphLoader.loadCSV(
        nodesPaths: [nodes], relationshipsPaths: [relationships],
        options: PropertyGraphOptions(), readAheadThreshold: threshold)
    }
  }

  private static func summary(_ graph: Graph) -> [String] {
    let relations = (0..<graph.relationCount).map { position in
      let relation = graph.relation(RelationIndex(position))
      return "\(graph.id(of: relation.from)) \(graph.relationType(relation.type).key) "
        + "\(graph.id(of: relation.to)) \(relation.attributes.map(\.value.displayText))"
    }
    return ["\(graph.entityCount) entities"] + relations.sorted()
  }

  private static func expectSameRead(nodes: String = nodes, relationships: String) throws {
    let name = UUID().uuidString
    let nodesPath = try write(name + "-nodes.csv", nodes)
    let relationshipsPath = try write(name + "-relationships.csv", relationships)
    defer {
      try? FileManager.default.removeItem(atPath: nodesPath)
      try? FileManager.default.removeItem(atPath: relationshipsPath)
    }
    let sequential = load(nodesPath, relationshipsPath, threshold: Int.max)
    let ahead = load(nodesPath, relationshipsPath, threshold: 0)
    switch (sequential, ahead) {
    case (.success(let one), .success(let other)): #expect(summary(one) == summary(other))
    case (.failure(let one), .failure(let other)): #expect(one == other)
    default: Issue.record("one read failed and the other did not: \(sequential) \(ahead)")
    }
  }

  @Test func relationshipsWithProperties() throws {
    try Self.expectSameRead(relationships: Self.header + Self.relationships(40_000))
  }

  @Test(arguments: [
    "n1,n2,T\n", "n1,nowhere,T,1\n", "n1,n2,T,x\n", "\"n1,n2,T,1\n", "\"n1\",\"n\"\"2\",T,1\n",
    "\"n1\",n2,T,1\n",
  ])
  func problemsAndQuotesAfterManyRecords(record: String) throws {
    let relationships = Self.relationships(20_000)
    try Self.expectSameRead(
      relationships: Self.header + relationships + record + relationships)
  }

  @Test func idSpacesAreReadByTheMainReader() throws {
    try Self.expectSameRead(
      nodes: "id:ID(Thing),name\n" + (0..<300).map { "n\($0),Node \($0)\n" }.joined(),
      relationships: ":START_ID(Thing),:END_ID(Thing),:TYPE,weight:int\n"
        + Self.relationships(20_000))
  }

  @Test func aProblemInTheNodesComesBeforeAMissingRelationshipsFile() throws {
    let nodes = try Self.write("bad-nodes.csv", "id:ID,born:int\n1,x\n")
    let missing = Self.directory.appendingPathComponent("missing.csv").path
    #expect(throws: LoadError("\(nodes):2:3: column \"born:int\" must be an integer, found \"x\""))
    {
      try PropertyGraphLoader.loadCSV(
        nodesPaths: [nodes], relationshipsPaths: [missing], options: PropertyGraphOptions(),
        readAheadThreshold: 0)
    }
  }
}
