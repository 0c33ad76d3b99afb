import Foundation
import KnowledgeGraph
import PropertyGraph
import Testing

/// The readers store values as bytes, without a `String` per value; what
/// they store must be what reading through `String` stored: invalid UTF-8
/// repaired to U+FFFD, attribute values spelled as `GraphBuilder.addEntity`
/// spells them (`JSONOutput`), aliases split as `String.split` splits them.
struct StoredTextTests {
  /// Values that are copied as bytes and values that need an escape or a
  /// respelling, which go through `String`.
  private static let strings = [
    "plain", "quote \" and backslash \\", "tab\there", "C1 \u{85} control", "line\u{2028}separator",
    "en – dash", "é and 😎", "",
  ]

  @Test func stringAttributesAreSpelledAsTheBuilderSpellsThem() throws {
    let data = Self.strings.map { "<data key=\"s\">\(Self.escaped($0))</data>" }.joined()
    let graph = try Fixture.graphML(
      Fixture.document(
        keys: "<key id=\"s\" for=\"node\" attr.name=\"text\" attr.type=\"string\"/>",
        graph: "<node id=\"a\">\(data)</node>"))
    #expect(Self.storedValues(graph) == Self.strings.map { JSONOutput.string($0).rendered() })
  }

  @Test func numbersAreSpelledAsJSONNumbers() throws {
    let spellings = ["42", "0", "+7", "007", "-3", " 12 "]
    let data = spellings.map { "<data key=\"n\">\($0)</data><data key=\"f\">\($0)</data>" }
    let graph = try Fixture.graphML(
      Fixture.document(
        keys: """
          <key id="n" for="node" attr.name="count" attr.type="int"/>
          <key id="f" for="node" attr.name="share" attr.type="double"/>
          """,
        graph: "<node id=\"a\">\(data.joined())<data key=\"f\">.5</data></node>"))
    let expected = ["42", "0", "7", "7", "-3", "12"].flatMap { [$0, $0] } + ["0.5"]
    #expect(Self.storedValues(graph) == expected)
  }

  @Test func invalidUTF8IsRepairedInEveryField() throws {
    let bad: [UInt8] = [0x41, 0xFF, 0x42, 0xC3]
    let document = Fixture.document(
      keys: """
        <key id="n" for="node" attr.name="name"/><key id="t" for="node" attr.name="type"/>
        <key id="d" for="node" attr.name="description"/><key id="a" for="node" attr.name="aliases"/>
        <key id="x" for="node" attr.name="extra"/><key id="r" for="edge" attr.name="type"/>
        <key id="s" for="edge" attr.name="source"/><key id="q" for="edge" attr.name="quote"/>
        """,
      graph: """
        <node id="BAD"><data key="n">BAD</data><data key="t">BAD</data><data key="d">BAD</data>
        <data key="a">BAD, ok</data><data key="x">BAD</data></node><node id="p"/><node id="q"/>
        <edge source="p" target="q"><data key="r">BAD</data><data key="s">BAD</data>
        <data key="q">BAD</data></edge>
        """)
    let bytes = Self.replacing("BAD", with: bad, in: Array(document.utf8))
    let graph = try PropertyGraphLoader.loadGraphML(
      bytes: bytes, name: "bad.graphml", options: PropertyGraphOptions())
    let repaired = String(decoding: bad, as: UTF8.self)
    let node = try #require(graph.entityIndex(forID: repaired))
    #expect(graph.name(of: node) == repaired)
    #expect(graph.type(of: node) == repaired)
    #expect(graph.description(of: node) == repaired)
    #expect(graph.aliases(of: node) == [repaired, "ok"])
    #expect(graph.attributes(of: node) == [Attribute(key: "extra", value: .string(repaired))])
    let relation = graph.relation(RelationIndex(0))
    #expect(graph.relationType(relation.type).key == repaired)
    #expect(graph.metadata.sources.map(\.key) == [repaired])
    #expect(relation.quote == repaired)
  }

  @Test(arguments: [
    "one", "one, two", "one, , two, ", ", one", "é, ü", "中文, 日本",
    "one, \u{301}two", "\u{600}, two", "one,  two",
  ])
  func aliasesSplitAsStringSplitsThem(text: String) throws {
    let graph = try Fixture.graphML(
      Fixture.document(
        keys: "<key id=\"a\" for=\"node\" attr.name=\"aliases\"/>",
        graph: "<node id=\"a\"><data key=\"a\">\(text)</data></node>"))
    let node = try #require(graph.entityIndex(forID: "a"))
    #expect(graph.aliases(of: node) == text.split(separator: ", ").map(String.init))
  }

  @Test func csvValuesAreStoredAsGraphMLValuesAre() throws {
    let graph = try Fixture.csv(
      nodes: """
        id:ID,name,:LABEL,description,note,age:int
        a,"Say \"\"hi\"\"",Person;Actor,"line\u{2028}break",tab\there,+42
        b,Bob,Person,,,
        """)
    let a = try #require(graph.entityIndex(forID: "a"))
    #expect(graph.name(of: a) == "Say \"hi\"")
    #expect(graph.type(of: a) == "Person")
    #expect(graph.description(of: a) == "line\u{2028}break")
    #expect(
      Self.storedValues(graph) == [
        #"["Person","Actor"]"#, JSONOutput.string("tab\there").rendered(), "42",
      ])
    #expect(graph.type(of: try #require(graph.entityIndex(forID: "b"))) == "Person")
  }

  /// The JSON text stored for every entity attribute, in order.
  private static func storedValues(_ graph: Graph) -> [String] {
    graph.entities.attributes.map { graph.strings.string($0.value) }
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }

  private static func replacing(_ marker: String, with bytes: [UInt8], in text: [UInt8])
    -> [UInt8]
  {
    let marker = Array(marker.utf8)
    var result: [UInt8] = []
    var index = 0
    while index < text.count {
      if text[index...].starts(with: marker) {
        result += bytes
        index += marker.count
      } else {
        result.append(text[index])
        index += 1
      }
    }
    return result
  }
}
