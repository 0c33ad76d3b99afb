import JSONDataset
import KnowledgeGraph

/// `kg show`: one entity like the browser's detail pane, with its relations
/// grouped by label, outgoing groups first. Labels read from the entity shown,
/// so incoming groups carry the inverse label ("has subsidiary").
public struct EntityCardReport: Sendable {
  public let graph: Graph
  /// Relations listed per group; 0 lists all. Counts always give the total.
  public let limitPerGroup: Int
  /// A group's full size where the graph holds only part of it (a page from
  /// an endpoint holds the first members of a large group).
  public let groupTotal: @Sendable (RelationGroup) -> Int

  public init(
    graph: Graph, limitPerGroup: Int = 0,
    groupTotal: @escaping @Sendable (RelationGroup) -> Int = { $0.count }
  ) {
    self.graph = graph
    self.limitPerGroup = limitPerGroup
    self.groupTotal = groupTotal
  }

  public func text(_ entity: EntityIndex, style: TextStyle) -> String {
    var lines = [
      style.strong(graph.name(of: entity)) + " " + style.faint("(" + graph.type(of: entity) + ")"),
      "  id: " + style.safe(graph.id(of: entity)),
    ]
    if let iri = graph.iri(of: entity) { lines.append("  IRI: " + style.safe(iri)) }
    let aliases = graph.aliases(of: entity)
    if !aliases.isEmpty {
      lines.append("  aliases: " + aliases.map(style.safe).joined(separator: ", "))
    }
    if let description = graph.description(of: entity) {
      lines.append("")
      lines += Self.paragraph(description, indent: "  ", style: style)
    }
    let attributes = graph.attributes(of: entity)
    if !attributes.isEmpty {
      lines += ["", style.strong("attributes")]
      lines += attributes.map {
        "  " + style.safe($0.key) + ": " + style.safe($0.value.displayText)
      }
    }
    lines += relationLines(entity, style: style)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Multi-line dataset text laid out line by line, tabs as spaces, each line escaped.
  static func paragraph(_ text: String, indent: String, style: TextStyle) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
      indent + style.safe(line.map { $0 == "\t" ? "    " : String($0) }.joined())
    }
  }

  private func relationLines(_ entity: EntityIndex, style: TextStyle) -> [String] {
    let groups = graph.relationGroups(of: entity)
    var lines = [
      "", style.strong("relations") + " " + style.faint("(\(degree(of: entity)))"),
    ]
    for group in groups {
      let edges = graph.edges(of: entity, direction: group.direction)
      let label = graph.relationType(group.type)
      let heading = group.direction == .outgoing ? label.label : label.inverseLabel
      lines.append("  " + style.label(heading) + " " + style.faint("(\(groupTotal(group)))"))
      for position in listed(group) {
        let edge = edges[position]
        var line = "    " + style.entity(edge.other, in: graph)
        if let source = graph.relation(edge.relation).source {
          line += " " + style.faint("[" + source + "]")
        }
        lines.append(line)
      }
      let hidden = groupTotal(group) - listed(group).count
      if hidden > 0 { lines.append("    " + style.faint("… \(hidden) more")) }
    }
    return lines
  }

  /// The entity's relation count, with each group at its full size.
  private func degree(of entity: EntityIndex) -> Int {
    graph.relationGroups(of: entity).reduce(graph.degree(of: entity)) {
      $0 + groupTotal($1) - $1.count
    }
  }

  private func listed(_ group: RelationGroup) -> Range<Int> {
    guard limitPerGroup > 0 else { return group.range }
    return group.range
      .lowerBound..<min(group.range.upperBound, group.range.lowerBound + limitPerGroup)
  }

  public func json(_ entity: EntityIndex) -> JSONOutput {
    var card: [(key: String, value: JSONOutput)] = [
      ("id", .string(graph.id(of: entity))), ("name", .string(graph.name(of: entity))),
      ("type", .string(graph.type(of: entity))),
    ]
    if let iri = graph.iri(of: entity) { card.append(("iri", .string(iri))) }
    card += [
      ("aliases", .array(graph.aliases(of: entity).map { .string($0) })),
      ("description", EntityJSON.optional(graph.description(of: entity))),
      ("attributes", DatasetExporter.json(graph.attributes(of: entity))),
      ("degree", .int(degree(of: entity))),
    ]
    card.append(
      ("relationGroups", .array(graph.relationGroups(of: entity).map { groupJSON($0, of: entity) }))
    )
    return .object(card)
  }

  private func groupJSON(_ group: RelationGroup, of entity: EntityIndex) -> JSONOutput {
    let edges = graph.edges(of: entity, direction: group.direction)
    let type = graph.relationType(group.type)
    let relations = listed(group).map { position -> JSONOutput in
      let edge = edges[position]
      let relation = graph.relation(edge.relation)
      return .object([
        ("entity", EntityJSON.reference(edge.other, in: graph)),
        ("source", EntityJSON.optional(relation.source)),
        ("quote", EntityJSON.optional(relation.quote)),
        ("attributes", DatasetExporter.json(relation.attributes)),
      ])
    }
    return .object([
      ("type", .string(type.key)),
      ("label", .string(group.direction == .outgoing ? type.label : type.inverseLabel)),
      ("direction", .string(group.direction == .outgoing ? "outgoing" : "incoming")),
      ("count", .int(groupTotal(group))), ("relations", .array(relations)),
    ])
  }
}
