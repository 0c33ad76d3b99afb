import KnowledgeGraph

/// Writes a graph, or part of one, as GraphML for tools such as Gephi, yEd
/// and NetworkX.
///
/// Entities become nodes keyed by id with name, type, aliases, description and
/// attributes as data; relations become edges with their type key, label,
/// source and quote. Text is XML-escaped; control characters, which XML 1.0
/// cannot carry even escaped, are shown as `\u{XX}` (see `TerminalSafeText`).
public struct GraphMLExporter: GraphExporter {
  public let graph: Graph
  public let selection: GraphSelection

  public init(graph: Graph, selection: GraphSelection) {
    self.graph = graph
    self.selection = selection
  }

  private static let nodeKeys = ["name", "type", "aliases", "description"]
  private static let edgeKeys = ["type", "label", "source", "quote"]

  public func write(to output: inout some TextOutputStream) {
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    output.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
    let nodeAttributes = attributeKeys(selection.entities.map { graph.attributes(of: $0) })
    let edgeAttributes = attributeKeys(selection.relations.map { graph.relation($0).attributes })
    for key in Self.nodeKeys { writeKey(id: "node.\(key)", name: key, for: "node", to: &output) }
    for key in nodeAttributes {
      writeKey(id: "node.attr.\(key)", name: key, for: "node", to: &output)
    }
    for key in Self.edgeKeys { writeKey(id: "edge.\(key)", name: key, for: "edge", to: &output) }
    for key in edgeAttributes {
      writeKey(id: "edge.attr.\(key)", name: key, for: "edge", to: &output)
    }
    output.write("  <graph id=\(Self.attribute(graph.metadata.title)) edgedefault=\"directed\">\n")
    for entity in selection.entities { writeNode(entity, to: &output) }
    for (position, relation) in selection.relations.enumerated() {
      writeEdge(relation, number: position, to: &output)
    }
    output.write("  </graph>\n</graphml>\n")
  }

  private func attributeKeys(_ lists: [[Attribute]]) -> [String] {
    var seen: Set<String> = []
    return lists.joined().map(\.key).filter { seen.insert($0).inserted }
  }

  private func writeKey(
    id: String, name: String, for domain: String, to output: inout some TextOutputStream
  ) {
    output.write(
      "  <key id=\(Self.attribute(id)) for=\"\(domain)\" attr.name=\(Self.attribute(name))"
        + " attr.type=\"string\"/>\n")
  }

  private func writeNode(_ entity: EntityIndex, to output: inout some TextOutputStream) {
    output.write("    <node id=\(Self.attribute(graph.id(of: entity)))>\n")
    let aliases = graph.aliases(of: entity)
    let fields: [(String, String?)] = [
      ("node.name", graph.name(of: entity)), ("node.type", graph.type(of: entity)),
      ("node.aliases", aliases.isEmpty ? nil : aliases.joined(separator: ", ")),
      ("node.description", graph.description(of: entity)),
    ]
    writeData(fields, attributes: graph.attributes(of: entity), prefix: "node", to: &output)
    output.write("    </node>\n")
  }

  private func writeEdge(
    _ index: RelationIndex, number: Int, to output: inout some TextOutputStream
  ) {
    let relation = graph.relation(index)
    let type = graph.relationType(relation.type)
    output.write(
      "    <edge id=\"e\(number)\" source=\(Self.attribute(graph.id(of: relation.from)))"
        + " target=\(Self.attribute(graph.id(of: relation.to)))>\n")
    let fields: [(String, String?)] = [
      ("edge.type", type.key), ("edge.label", type.label), ("edge.source", relation.source),
      ("edge.quote", relation.quote),
    ]
    writeData(fields, attributes: relation.attributes, prefix: "edge", to: &output)
    output.write("    </edge>\n")
  }

  private func writeData(
    _ fields: [(String, String?)], attributes: [Attribute], prefix: String,
    to output: inout some TextOutputStream
  ) {
    let all = fields + attributes.map { ("\(prefix).attr.\($0.key)", $0.value.displayText) }
    for case (let key, let value?) in all {
      output.write("      <data key=\(Self.attribute(key))>\(Self.text(value))</data>\n")
    }
  }

  /// Element content: markup characters escaped, line breaks and tabs kept.
  public static func text(_ value: String) -> String {
    escape(TerminalSafeText.multiLine(value), inAttribute: false)
  }

  /// A quoted attribute value; line breaks and tabs become character
  /// references, because XML parsers turn raw ones in attributes into spaces.
  public static func attribute(_ value: String) -> String {
    "\"" + escape(TerminalSafeText.multiLine(value), inAttribute: true) + "\""
  }

  private static func escape(_ text: String, inAttribute: Bool) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where inAttribute: result += "&quot;"
      case "\n" where inAttribute: result += "&#10;"
      case "\t" where inAttribute: result += "&#9;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
