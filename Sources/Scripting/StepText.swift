import KnowledgeGraph

/// How one step along a relation reads in text output.
///
/// Along the relation: `—located in→`. Against it, the relation still reads
/// the way it is stated, with the arrow reversed: `←located in—`, so
/// `China ←located in— SMIC` says SMIC is located in China. Symmetric
/// relations have no arrow: `—partner of—`.
public enum StepText {
  /// The connector between two entity names, e.g. `—subsidiary of→`.
  public static func connector(_ step: PathStep, in graph: Graph, style: TextStyle) -> String {
    let type = graph.relationType(step.edge.type)
    let label = TerminalSafeText.singleLine(type.label)
    if type.isSymmetric { return style.label("—" + label + "—") }
    return style.label(step.edge.direction == .outgoing ? "—" + label + "→" : "←" + label + "—")
  }

  /// The connector as walked, with the inverse label against the relation,
  /// e.g. `—has subsidiary→`.
  public static func walkedConnector(_ step: PathStep, in graph: Graph, style: TextStyle)
    -> String
  {
    style.label("—" + TerminalSafeText.singleLine(graph.label(of: step.edge)) + "→")
  }

  /// A whole chain: `SMIC —located in→ China ←located in— Alibaba Group`.
  public static func chain(
    _ steps: [PathStep], from start: EntityIndex, in graph: Graph, style: TextStyle
  ) -> String {
    var text = style.strong(graph.name(of: start))
    for step in steps {
      text +=
        " " + connector(step, in: graph, style: style) + " "
        + style.strong(graph.name(of: step.to))
    }
    return text
  }
}
