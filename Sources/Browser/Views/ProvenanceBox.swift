import KnowledgeGraph

/// Where the selected relation's claim comes from, shown at the bottom of
/// the focused detail pane: the source's title and the supporting quote.
///
/// The box takes only the rows its content needs, up to a share of the
/// pane, and appears only for relations that have provenance.
enum ProvenanceBox {
  /// Most rows the box may take (its rule included) in a body this tall.
  static func maximumHeight(forBody bodyHeight: Int) -> Int {
    switch bodyHeight {
    case 30...: 7
    case 12...: 5
    case 8...: 3
    default: 0
    }
  }

  /// The box's lines below its rule, at most `maximumHeight - 1` of them,
  /// each at most `width` columns; empty when the relation has no provenance.
  static func lines(for edge: Edge, in graph: Graph, width: Int, maximumHeight: Int)
    -> [StyledText]
  {
    let room = maximumHeight - 1
    let relation = graph.relation(edge.relation)
    guard room > 0, relation.source != nil || relation.quote != nil || !relation.attributes.isEmpty
    else { return [] }
    var lines = [sourceLine(relation, in: graph)]
    if let quote = relation.quote {
      lines += TextWrapper.wrap("“" + quote + "”", width: width, maxLines: max(1, room - 1))
        .map { StyledText($0, style: Theme.quote) }
    }
    for attribute in relation.attributes {
      lines.append(
        StyledText(attribute.key + " ", style: Theme.attributeKey)
          + StyledText(attribute.value.displayText))
    }
    return Array(lines.prefix(room))
  }

  private static func sourceLine(_ relation: Relation, in graph: Graph) -> StyledText {
    guard let key = relation.source else {
      return StyledText("No source recorded.", style: Theme.muted)
    }
    var line = StyledText("Source ", style: Theme.attributeKey)
    guard let source = graph.metadata.source(forKey: key) else {
      line.append(key, style: Theme.name)
      return line
    }
    line.append(source.displayTitle, style: Theme.name)
    for detail in [source.publisher, source.published].compactMap({ $0 }) {
      line.append(" · " + detail, style: Theme.muted)
    }
    return line
  }
}
