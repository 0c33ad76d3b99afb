import FileInput
import Foundation
import JSONDataset
import KnowledgeGraph
import Testing

struct DatasetLoaderTests {
  @Test func loadsEntitiesWithEveryField() throws {
    let graph = try DatasetFixtures.load(DatasetFixtures.alibaba)
    #expect(graph.entityCount == 4)
    let alimama = try #require(graph.entityIndex(forID: "alimama"))
    #expect(graph.name(of: alimama) == "Alimama")
    #expect(graph.type(of: alimama) == "Company")
    #expect(graph.aliases(of: alimama) == ["阿里妈妈", "Alié 😀"])
    #expect(
      graph.attributes(of: alimama) == [
        Attribute(key: "founded", value: .number("2007")),
        Attribute(key: "industry", value: .string("advertising")),
        Attribute(key: "public", value: .bool(false)),
        Attribute(key: "tags", value: .array([.string("ads"), .number("1.5e3"), .bool(true)])),
      ])
    let tsinghua = try #require(graph.entityIndex(forID: "tsinghua"))
    #expect(graph.type(of: tsinghua) == "Entity")
    #expect(graph.description(of: tsinghua) == nil)
    #expect(graph.entityTypes == ["Company", "Entity", "Lab"])
    #expect(graph.metadata.title == "Alibaba AI")
    #expect(graph.metadata.description == "A test graph.")
  }

  @Test func listsOutgoingWithLabelsAndIncomingWithInverseLabels() throws {
    let graph = try DatasetFixtures.load(DatasetFixtures.alibaba)
    #expect(
      DatasetFixtures.edgeLines(graph, "alibaba") == [
        "partner of → tsinghua", "has subsidiary → alimama", "has subsidiary → damo",
      ])
    #expect(DatasetFixtures.edgeLines(graph, "alimama") == ["subsidiary of → alibaba"])
  }

  @Test func symmetricRelationAppearsOnceOnEachSide() throws {
    let graph = try DatasetFixtures.load(DatasetFixtures.alibaba)
    #expect(
      DatasetFixtures.edgeLines(graph, "tsinghua").filter { $0.hasPrefix("partner") } == [
        "partner of → alibaba"
      ])
    let partnerType = try #require(graph.relationTypeIndex(forKey: "partner_of"))
    #expect(graph.relationType(partnerType).inverseLabel == "partner of")
  }

  @Test func duplicateRelationsAreKeptOnce() throws {
    let graph = try DatasetFixtures.load(DatasetFixtures.alibaba)
    #expect(graph.relationCount == 4)
    let alimama = try #require(graph.entityIndex(forID: "alimama"))
    let edge = try #require(graph.edges(of: alimama, direction: .outgoing).first)
    let relation = graph.relation(edge.relation)
    #expect(relation.source == "article")
    #expect(relation.quote == "Alimama, Alibaba's ad arm")
    #expect(relation.attributes == [Attribute(key: "since", value: .string("2007"))])
  }

  @Test func undeclaredRelationTypeGetsReadableLabels() throws {
    let graph = try DatasetFixtures.load(DatasetFixtures.alibaba)
    #expect(DatasetFixtures.edgeLines(graph, "damo").last == "member of board of → tsinghua")
    #expect(
      DatasetFixtures.edgeLines(graph, "tsinghua").last == "inverse of member of board of → damo")
  }

  @Test func undeclaredSourceIsListedWithOnlyItsKey() throws {
    let graph = try DatasetFixtures.load(DatasetFixtures.alibaba)
    #expect(graph.metadata.sources.map(\.key) == ["article", "blog"])
    #expect(graph.metadata.source(forKey: "blog")?.displayTitle == "blog")
    #expect(graph.metadata.source(forKey: "article")?.publisher == "Example News")
  }

  @Test func keyOrderDoesNotMatter() throws {
    let inOrder = try DatasetFixtures.load(DatasetFixtures.alibaba)
    let reordered = try DatasetFixtures.load(DatasetFixtures.alibabaReordered)
    #expect(DatasetFixtures.describe(reordered) == DatasetFixtures.describe(inOrder))
  }

  @Test func titleDefaultsToTheFileName() throws {
    let graph = try DatasetFixtures.load(
      #"{"kg": 1, "entities": [], "relations": []}"#, name: "dir/graph.json")
    #expect(graph.metadata.title == "graph.json")
  }

  @Test func acceptsAUTF8ByteOrderMark() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array(#"{"kg": 1, "entities": [], "relations": []}"#.utf8)
    #expect(try DatasetLoader.load(bytes: bytes, name: "bom.json").entityCount == 0)
  }

  @Test func decodesEveryEscape() throws {
    let graph = try DatasetFixtures.load(
      #"{"kg": 1, "entities": [{"id": "a", "name": "q\"b\\s\/n\nt\tu\u0041\u00e9\u4e2d\ud83d\ude00\b\f\r"}], "relations": []}"#
    )
    #expect(graph.name(of: EntityIndex(0)) == "q\"b\\s/n\nt\tuAé中😀\u{8}\u{C}\r")
  }

  @Test func rejectsAStringLongerThanTheLimit() {
    let long = String(repeating: "a", count: (1 << 20) + 1)
    #expect(
      throws: LoadError(
        "long.json:1:37: string is longer than 1048576 bytes, the limit for any string")
    ) {
      try DatasetFixtures.load(
        #"{"kg": 1, "relations": [], "title": ""# + long + #"", "entities": []}"#, name: "long.json"
      )
    }
  }

  @Test func positionsCountCharactersNotBytes() {
    #expect(throws: LoadError(#"cjk.json:1:20: "title" must be a string, found a number"#)) {
      try DatasetFixtures.load(#"{"阿里": 1, "title": 5, "kg": 1}"#, name: "cjk.json")
    }
  }
}
