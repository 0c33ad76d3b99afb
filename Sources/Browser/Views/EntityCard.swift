import KnowledgeGraph

/// The top of the detail pane: what an entity is, before its relations.
///
/// The type and id, the description laid out in the pane's width, then
/// aliases and attributes as an aligned table. Each part is capped, so a
/// pathological entity (a megabyte of description, ten thousand aliases)
/// still lays out in a bounded time.
enum EntityCard {
  static let maximumDescriptionLines = 12
  static let maximumValueLines = 4
  static let maximumRows = 40
  static let maximumAliases = 40

  static func lines(of entity: EntityIndex, in graph: Graph, width: Int) -> [StyledText] {
    var lines: [StyledText] = [identity(of: entity, in: graph)]
    if let description = graph.description(of: entity) {
      lines.append(StyledText())
      lines += TextWrapper.wrap(description, width: width, maxLines: maximumDescriptionLines)
        .map { StyledText($0) }
    }
    let rows = tableRows(of: entity, in: graph)
    if !rows.isEmpty {
      lines.append(StyledText())
      lines += table(rows, width: width)
    }
    lines.append(StyledText())
    return lines
  }

  private static func identity(of entity: EntityIndex, in graph: Graph) -> StyledText {
    var line = StyledText(
      graph.type(of: entity), style: Theme.entityType(graph.typeIndex(of: entity)))
    line.append(" · ", style: Theme.muted)
    line.append(graph.id(of: entity), style: Theme.muted)
    return line
  }

  private static func tableRows(of entity: EntityIndex, in graph: Graph) -> [(String, String)] {
    var rows: [(String, String)] = []
    if let iri = graph.iri(of: entity) { rows.append(("IRI", iri)) }
    let aliases = graph.aliases(of: entity)
    if !aliases.isEmpty {
      var shown = aliases.prefix(maximumAliases).joined(separator: " · ")
      if aliases.count > maximumAliases { shown += " (+\(aliases.count - maximumAliases) more)" }
      rows.append(("aliases", shown))
    }
    let attributes = graph.attributes(of: entity)
    rows += attributes.prefix(maximumRows).map { ($0.key, $0.value.displayText) }
    if attributes.count > maximumRows {
      rows.append(("…", "\(attributes.count - maximumRows) more attributes"))
    }
    return rows
  }

  /// Keys in a column as wide as the widest (up to a third of the pane), values wrapped beside them.
  private static func table(_ rows: [(String, String)], width: Int) -> [StyledText] {
    let widest = rows.map { StyledText($0.0).width }.max() ?? 0
    let keyWidth = max(1, min(widest, max(8, width / 3)))
    let valueWidth = max(1, width - keyWidth - 2)
    let indent = String(repeating: " ", count: keyWidth + 2)
    var lines: [StyledText] = []
    for (key, value) in rows {
      let wrapped = TextWrapper.wrap(value, width: valueWidth, maxLines: maximumValueLines)
      for (number, part) in wrapped.enumerated() {
        var line = StyledText()
        if number == 0 {
          line.append(Glyph.padded(key, to: keyWidth) + "  ", style: Theme.attributeKey)
        } else {
          line.append(indent)
        }
        line.append(part)
        lines.append(line)
      }
    }
    return lines
  }
}
