import KnowledgeGraph
@testable import PropertyGraph
import Testing
import FileInput

/// Large GraphML files have their later edges read on another core; the
/// graph and every message must be exactly those of a sequential read,
/// wherever the guessed starting place falls.
struct ReadAheadTests {
  private static let keys = """
    <key id="t" for="edge" attr.name="type"/>
    <key id="w" for="edge" attr.name="weight" attr.type="int"/>
    <key id="n" for="node" attr.name="name"/>
    """

  private static func nodes(_ range: Range<Int>) -> String {
    range.map { "<node id=\"n\($0)\"><data key=\"n\">Node \($0)</data></node>\n" }.joined()
  }

  private static func edges(_ range: Range<Int>, count: Int) -> String {
    range.map { index in
      "<edge source=\"n\(index % count)\" target=\"n\((index * 7) % count)\">"
        + "<data key=\"t\">type\(index % 5)</data><data key=\"w\">\(index)</data></edge>\n"
    }.joined()
  }

  private static func read(_ text: String, threshold: Int) -> Result<Graph, LoadError> {
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      Result { () throws(LoadError) in
        try GraphMLReader.read(
          InputText(bytes: bytes, name: "big.graphml"), isMapped: false,
          options: PropertyGraphOptions(), readAheadThreshold: threshold)
      }
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

  /// Reads `graph` sequentially and with reading ahead, and compares.
  private static func expectSameRead(_ graph: String) {
    let text = Fixture.document(keys: keys, graph: graph)
    let sequential = read(text, threshold: Int.max)
    let ahead = read(text, threshold: 0)
    switch (sequential, ahead) {
    case (.success(let one), .success(let other)): #expect(summary(one) == summary(other))
    case (.failure(let one), .failure(let other)): #expect(one == other)
    default: Issue.record("one read failed and the other did not: \(sequential) \(ahead)")
    }
  }

  @Test func nodesThenEdges() {
    Self.expectSameRead(Self.nodes(0..<200) + Self.edges(0..<3000, count: 200))
  }

  @Test func nodesAfterTheMiddleStopTheReaderAhead() {
    Self.expectSameRead(
      Self.nodes(0..<100) + Self.edges(0..<2000, count: 200) + Self.nodes(100..<200)
        + Self.edges(2000..<3000, count: 200))
  }

  @Test func aGuessInsideACommentIsDropped() {
    let comment = "<!-- x>\n" + Self.edges(0..<2000, count: 10) + "-->\n"
    Self.expectSameRead(Self.nodes(0..<200) + Self.edges(0..<100, count: 200) + comment)
  }

  @Test func aGuessInsideCDATAIsDropped() {
    let cdata =
      "<node id=\"c\"><data key=\"n\"><![CDATA[>\n" + Self.edges(0..<2000, count: 10)
      + "]]></data></node>\n"
    Self.expectSameRead(Self.nodes(0..<200) + Self.edges(0..<100, count: 200) + cdata)
  }

  @Test func problemsAfterTheMiddleGiveTheSequentialMessage() {
    let prefix = Self.nodes(0..<200) + Self.edges(0..<3000, count: 200)
    Self.expectSameRead(
      prefix + "<edge source=\"n1\" target=\"n2\"><data key=\"w\">x</data></edge>")
    Self.expectSameRead(prefix + "<edge source=\"n1\" target=\"n2\"></node>")
    Self.expectSameRead(prefix + "<edge source=\"n1\" target=\"missing\"/>")
    Self.expectSameRead(prefix + "<hyperedge/>")
  }

  @Test func idsWithReferencesAndEdgesBeforeTheirNodes() {
    Self.expectSameRead(
      Self.nodes(0..<100) + Self.edges(0..<3000, count: 300)
        + "<edge source=\"n&#49;\" target=\"n2\"/>\n" + Self.nodes(100..<300))
  }
}
