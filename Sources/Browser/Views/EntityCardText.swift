import KnowledgeGraph

/// An entity's card as plain text for `Y`: name, type and id, aliases,
/// description, attributes, then relations under their labels. Hubs are cut
/// at `relationLimit` relations per label so the clipboard stays small.
enum EntityCardText {
  static let relationLimit = 50

  static func text(of entity: EntityIndex, in graph: Graph) -> String {
    var lines = ["\(graph.name(of: entity)) (\(graph.type(of: entity)), \(graph.id(of: entity)))"]
    let aliases = graph.aliases(of: entity)
    if !aliases.isEmpty { lines.append("aliases: " + aliases.joined(separator: ", ")) }
    if let description = graph.description(of: entity) { lines.append(description) }
    for attribute in graph.attributes(of: entity) {
      lines.append("\(attribute.key): \(attribute.value.displayText)")
    }
    for group in DisplayGroup.groups(of: entity, in: graph) {
      lines.append("")
      lines.append("\(group.label) (\(group.count))")
      for offset in 0..<min(group.count, relationLimit) {
        let other = group.edge(at: offset, of: entity, in: graph).other
        lines.append("  \(graph.name(of: other)) (\(graph.id(of: other)))")
      }
      if group.count > relationLimit { lines.append("  … \(group.count - relationLimit) more") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
