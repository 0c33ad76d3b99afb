import KnowledgeGraph

/// Writes a graph as the two files of `neo4j-admin database import`:
/// `nodes.csv` (`id:ID,name,:LABEL,description`) and `relationships.csv`
/// (`:START_ID,:END_ID,:TYPE`), quoting fields as RFC 4180 asks.
struct CSVGraphWriter {
  let graph: Graph

  func write(to folder: String) throws {
    guard let nodes = BufferedFileOutput(path: folder + "/nodes.csv"),
      let relationships = BufferedFileOutput(path: folder + "/relationships.csv")
    else { throw BenchError("cannot write into \(folder)") }
    nodes.write("id:ID,name,:LABEL,description\n")
    relationships.write(":START_ID,:END_ID,:TYPE\n")
    for entity in graph.entityIndices {
      let fields = [
        graph.id(of: entity), graph.name(of: entity), graph.type(of: entity),
        graph.description(of: entity) ?? "",
      ]
      nodes.write(fields.map(Self.field).joined(separator: ",") + "\n")
      for edge in graph.edges(of: entity, direction: .outgoing) {
        let type = graph.relationType(edge.type).key
        relationships.write(
          [graph.id(of: entity), graph.id(of: edge.other), type].map(Self.field)
            .joined(separator: ",") + "\n")
      }
    }
  }

  /// A field as it is, or quoted with its quotes doubled when it holds a
  /// comma, a quote or a line break.
  private static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
