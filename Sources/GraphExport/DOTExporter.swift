import KnowledgeGraph

/// Writes a graph, or part of one, in Graphviz's DOT language, ready for
/// `dot -Tsvg`.
///
/// Nodes are named by entity id and labelled with name and type; edges carry
/// the relation label, and symmetric relations are drawn without an arrow.
/// Every string is quoted with backslashes and quotes escaped, line breaks
/// become DOT's `\n`, and other control or invisible characters are shown as
/// `\u{XX}` (see `TerminalSafeText`), so no dataset text can break the file
/// or reach a terminal raw.
public struct DOTExporter: GraphExporter {
  public let graph: Graph
  public let selection: GraphSelection

  public init(graph: Graph, selection: GraphSelection) {
    self.graph = graph
    self.selection = selection
  }

  public func write(to output: inout some TextOutputStream) {
    output.write("digraph \(Self.quoted(graph.metadata.title)) {\n")
    output.write("  graph [charset=\"UTF-8\", rankdir=LR];\n")
    output.write("  node [shape=box, style=rounded];\n")
    for entity in selection.entities {
      let label = graph.name(of: entity) + "\n(" + graph.type(of: entity) + ")"
      output.write("  \(Self.quoted(graph.id(of: entity))) [label=\(Self.quoted(label))];\n")
    }
    for index in selection.relations {
      let relation = graph.relation(index)
      let type = graph.relationType(relation.type)
      let arrow = type.isSymmetric ? ", dir=none" : ""
      output.write(
        "  \(Self.quoted(graph.id(of: relation.from))) -> \(Self.quoted(graph.id(of: relation.to)))"
          + " [label=\(Self.quoted(type.label))\(arrow)];\n")
    }
    output.write("}\n")
  }

  /// A DOT quoted string that shows `text` literally, line breaks included.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for (position, line) in text.split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    )
    .enumerated() {
      if position > 0 { result += "\\n" }
      for character in TerminalSafeText.singleLine(String(line)) {
        if character == "\\" || character == "\"" { result.append("\\") }
        result.append(character)
      }
    }
    return result + "\""
  }
}
