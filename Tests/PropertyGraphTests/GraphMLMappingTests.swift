import KnowledgeGraph
import PropertyGraph
import Testing

/// How GraphML keys and data become names, types, descriptions, relation
/// types and typed attributes (docs/property-graphs.md).
struct GraphMLMappingTests {
  private static let people = Fixture.document(
    keys: """
      <key id="k0" for="node" attr.name="name" attr.type="string"/>
      <key id="k1" for="node" attr.name="label" attr.type="string"/>
      <key id="k2" for="node" attr.name="labels" attr.type="string"/>
      <key id="k3" for="node" attr.name="description" attr.type="string"/>
      <key id="k4" for="node" attr.name="born" attr.type="int"/>
      <key id="k5" for="node" attr.name="score" attr.type="double"/>
      <key id="k6" for="node" attr.name="alive" attr.type="boolean"/>
      <key id="k7" for="node" attr.name="city" attr.type="string"><default>Paris</default></key>
      <key id="e0" for="edge" attr.name="type" attr.type="string"/>
      <key id="e1" for="edge" attr.name="since" attr.type="long"/>
      """,
    graph: """
      <node id="p1"><data key="k0">Keanu</data><data key="k1">Neo</data>
        <data key="k2">:Person:Actor</data><data key="k3">Plays &lt;Neo&gt; &#x1F60E;</data>
        <data key="k4">+1964</data><data key="k5">.5</data><data key="k6">true</data></node>
      <node id="p2"><data key="k7">Berlin</data></node>
      <edge source="p1" target="p2"><data key="e0">KNOWS</data><data key="e1">1999</data></edge>
      <edge source="p2" target="p1"/>
      """)

  @Test func labelIsTheNameBeforeName() throws {
    let graph = try Fixture.graphML(Self.people)
    let p1 = try #require(graph.entityIndex(forID: "p1"))
    #expect(graph.name(of: p1) == "Neo")
    #expect(graph.attributes(of: p1).first { $0.key == "name" }?.value == .string("Keanu"))
  }

  @Test func nodeWithoutNameDataIsNamedByItsID() throws {
    let graph = try Fixture.graphML(Self.people)
    #expect(graph.name(of: try #require(graph.entityIndex(forID: "p2"))) == "p2")
  }

  @Test func neo4jLabelsGiveTheTypeAndAreAllKept() throws {
    let graph = try Fixture.graphML(Self.people)
    let p1 = try #require(graph.entityIndex(forID: "p1"))
    #expect(graph.type(of: p1) == "Person")
    #expect(
      graph.attributes(of: p1).first { $0.key == "labels" }?.value
        == .array([.string("Person"), .string("Actor")]))
    #expect(graph.type(of: try #require(graph.entityIndex(forID: "p2"))) == "Entity")
  }

  @Test func descriptionDecodesReferences() throws {
    let graph = try Fixture.graphML(Self.people)
    #expect(graph.description(of: try #require(graph.entityIndex(forID: "p1"))) == "Plays <Neo> 😎")
  }

  @Test func typedAttributesKeepTheirDeclaredTypes() throws {
    let graph = try Fixture.graphML(Self.people)
    let attributes = graph.attributes(of: try #require(graph.entityIndex(forID: "p1")))
    let values = Dictionary(attributes.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    #expect(values["born"] == .number("1964"))
    #expect(values["score"] == .number("0.5"))
    #expect(values["alive"] == .bool(true))
    #expect(values["city"] == .string("Paris"))
  }

  @Test func defaultsApplyOnlyWhereDataIsMissing() throws {
    let graph = try Fixture.graphML(Self.people)
    let p2 = try #require(graph.entityIndex(forID: "p2"))
    #expect(graph.attributes(of: p2) == [Attribute(key: "city", value: .string("Berlin"))])
  }

  @Test func edgeTypeKeyOrLinkedTo() throws {
    let graph = try Fixture.graphML(Self.people)
    #expect(Fixture.relationLines(graph) == ["p1 -KNOWS-> p2", "p2 -linked to-> p1"])
    let knows = try #require(graph.relationTypeIndex(forKey: "KNOWS"))
    let relation = (0..<graph.relationCount).map { graph.relation(RelationIndex($0)) }
      .first { $0.type == knows }
    #expect(relation?.attributes == [Attribute(key: "since", value: .number("1999"))])
  }

  @Test(arguments: [("label", "likes"), ("type", "LIKES"), ("relationship", "LIKES")])
  func relationTypeComesFromLabelTypeOrRelationship(key: String, value: String) throws {
    let text = Fixture.document(
      keys: "<key id=\"r\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"string\"/>",
      graph:
        "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"r\">\(value)</data></edge>"
    )
    #expect(Fixture.relationLines(try Fixture.graphML(text)) == ["a -\(value)-> b"])
  }

  @Test func labelAndTypeTogetherGiveKeyAndLabel() throws {
    let text = Fixture.document(
      keys: """
        <key id="t" for="edge" attr.name="type" attr.type="string"/>
        <key id="l" for="edge" attr.name="label" attr.type="string"/>
        """,
      graph: """
        <node id="a"/><node id="b"/>
        <edge source="a" target="b"><data key="t">owns</data><data key="l">is the owner of</data></edge>
        """)
    let graph = try Fixture.graphML(text)
    let type = graph.relationType(try #require(graph.relationTypeIndex(forKey: "owns")))
    #expect(type.label == "is the owner of")
  }

  @Test func undirectedGraphGivesSymmetricRelations() throws {
    let text = Fixture.document(
      keys: "", graph: "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/>",
      edgeDefault: "undirected")
    let graph = try Fixture.graphML(text)
    let type = graph.relationType(try #require(graph.relationTypeIndex(forKey: "linked to")))
    #expect(type.isSymmetric)
    #expect(graph.degree(of: try #require(graph.entityIndex(forID: "b"))) == 1)
  }

  @Test func edgeMarkedUndirectedInADirectedGraph() throws {
    let text = Fixture.document(
      keys: "<key id=\"r\" for=\"edge\" attr.name=\"type\"/>",
      graph: """
        <node id="a"/><node id="b"/>
        <edge source="a" target="b" directed="false"><data key="r">partner</data></edge>
        <edge source="a" target="b"><data key="r">owns</data></edge>
        """)
    let graph = try Fixture.graphML(text)
    #expect(
      graph.relationType(try #require(graph.relationTypeIndex(forKey: "partner"))).isSymmetric)
    #expect(!graph.relationType(try #require(graph.relationTypeIndex(forKey: "owns"))).isSymmetric)
  }

  @Test func optionsOverrideTheChosenKeys() throws {
    let options = PropertyGraphOptions(
      nameKey: "Full Name", typeKey: "Category", relationKey: "verb")
    let text = Fixture.document(
      keys: """
        <key id="n" for="node" attr.name="full name"/>
        <key id="l" for="node" attr.name="label"/>
        <key id="c" for="node" attr.name="category"/>
        <key id="v" for="edge" attr.name="verb"/>
        <key id="t" for="edge" attr.name="type"/>
        """,
      graph: """
        <node id="a"><data key="n">Ada Lovelace</data><data key="l">ada</data><data key="c">Person</data></node>
        <node id="b"/>
        <edge source="a" target="b"><data key="v">wrote</data><data key="t">x</data></edge>
        """)
    let graph = try Fixture.graphML(text, options: options)
    let a = try #require(graph.entityIndex(forID: "a"))
    #expect(graph.name(of: a) == "Ada Lovelace")
    #expect(graph.type(of: a) == "Person")
    #expect(Fixture.relationLines(graph) == ["a -wrote-> b"])
  }

  @Test func edgesMayComeBeforeTheirNodes() throws {
    let text = Fixture.document(
      keys: "", graph: "<edge source=\"a\" target=\"b\"/><node id=\"a\"/><node id=\"b\"/>")
    #expect(Fixture.relationLines(try Fixture.graphML(text)) == ["a -linked to-> b"])
  }

  @Test func commentsInstructionsCDATAAndPrefixedElementsAreHandled() throws {
    let text = """
      \u{FEFF}<?xml version="1.0"?>
      <!DOCTYPE graphml [ <!ELEMENT graphml ANY> ]>
      <!-- a comment with <node id="x"/> inside -->
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:ext="urn:ext">
        <key id="d" for="all" attr.name="name"/>
        <?app instruction?>
        <graph edgedefault="directed"><data key="d">My graph</data>
          <node id="a&amp;b"><data key="d"><![CDATA[A & <B>]]> and C</data><ext:shape kind="node"/></node>
          <ext:node id="ignored"/>
        </graph>
      </graphml>
      """
    let graph = try Fixture.graphML(text)
    #expect(graph.entityCount == 1)
    #expect(graph.metadata.title == "My graph")
    #expect(graph.name(of: try #require(graph.entityIndex(forID: "a&b"))) == "A & <B> and C")
  }

  /// `<data key="n">Ann</data>` is read in one step; every other spelling
  /// goes through the scanner's events, and must read the same.
  @Test(arguments: [
    "<data key=\"n\">Ann</data>", "<data key='n'>Ann</data>", "<data key=\"n\" >Ann</data>",
    "<data key=\"n\">Ann</data >", "<data key=\"n\"><![CDATA[Ann]]></data>",
    "<data key=\"&#x6E;\">Ann</data>", "<data key=\"n\">A&#x6E;n</data>",
    "<!-- c --><data key=\"n\">Ann</data>", "<data\nkey=\"n\">Ann</data>",
  ])
  func dataReadsTheSameHoweverItIsWritten(data: String) throws {
    let text = Fixture.document(
      keys: "<key id=\"n\" for=\"node\" attr.name=\"name\"/>",
      graph: "<node id=\"a\">\n  \(data)\n</node><node id=\"b\"><data key=\"n\"></data></node>")
    let graph = try Fixture.graphML(text)
    #expect(graph.name(of: try #require(graph.entityIndex(forID: "a"))) == "Ann")
    #expect(graph.name(of: try #require(graph.entityIndex(forID: "b"))) == "")
  }

  @Test func titleDefaultsToTheFileName() throws {
    let graph = try Fixture.graphML(Fixture.document(keys: "", graph: ""))
    #expect(graph.metadata.title == "test.graphml")
  }
}
